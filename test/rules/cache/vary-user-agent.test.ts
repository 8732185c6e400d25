import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/vary-user-agent';
const vary = (...values: string[]) => ({ response: `HTTP/1.1 200 OK\r\n${values.map((v) => `Vary: ${v}\r\n`).join('')}Content-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'Vary: User-Agent', input: vary('User-Agent'), count: 1, severity: 'warning', message: 'Vary names User-Agent', evidence: 'Vary: User-Agent at byte 17', location: { part: 'header', offset: 17, header: 'Vary' } },
    { name: 'lowercase, in a list, on a second line', input: vary('Accept-Encoding', 'Origin, user-agent'), count: 1, evidence: 'Vary: Origin, user-agent at byte 40' },
  ],
  quiet: [
    { name: 'Vary: Accept-Encoding, Origin', input: vary('Accept-Encoding, Origin') },
    { name: 'client hints', input: vary('Sec-CH-UA-Mobile, Accept-Encoding') },
    { name: 'a field whose name contains User-Agent', input: vary('X-Original-User-Agent') },
  ],
});
