import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/duplicate-vary-member';
const vary = (...values: string[]) => ({ response: `HTTP/1.1 200 OK\r\n${values.map((v) => `Vary: ${v}\r\n`).join('')}Content-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'the same field twice on one line', input: vary('Accept-Encoding, Origin, Accept-Encoding'), count: 1, severity: 'info', message: 'Vary lists Accept-Encoding more than once', evidence: 'Vary: Accept-Encoding, Origin, Accept-Encoding at byte 17', location: { part: 'header', offset: 17, header: 'Vary' } },
    { name: 'the same field on two lines, in different case', input: vary('Origin', 'accept-encoding, origin'), count: 1, message: 'Vary lists origin more than once', evidence: 'Vary: Origin at byte 17; Vary: accept-encoding, origin at byte 31' },
    { name: 'reported once per field however often it repeats', input: vary('Origin, Origin, Origin'), count: 1 },
  ],
  quiet: [
    { name: 'Vary: Accept-Encoding, Origin', input: vary('Accept-Encoding, Origin') },
    { name: 'two lines with different fields', input: vary('Accept-Encoding', 'Origin') },
    { name: 'empty list elements', input: vary('Accept-Encoding, , Origin,') },
  ],
});
