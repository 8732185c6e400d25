import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/invalid-vary';
const vary = (value: string) => ({ response: `HTTP/1.1 200 OK\r\nVary: ${value}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'a missing comma', input: vary('Accept-Encoding Origin'), count: 1, severity: 'warning', message: 'Vary member "Accept-Encoding Origin" is not a field name (a missing comma?)', evidence: 'Vary: Accept-Encoding Origin at byte 17', location: { part: 'header', offset: 17, header: 'Vary' } },
    { name: 'a parameter', input: vary('Accept-Encoding;q=1'), message: '"Accept-Encoding;q=1"' },
    { name: 'a quoted name', input: vary('"Origin"'), count: 1 },
    { name: 'one bad member among good ones', input: vary('Origin, Accept/Encoding, Cookie'), count: 1, message: '"Accept/Encoding"' },
  ],
  quiet: [
    { name: 'Vary: Accept-Encoding, Origin', input: vary('Accept-Encoding, Origin') },
    { name: 'Vary: *', input: vary('*') },
    { name: 'empty list elements', input: vary('Accept-Encoding,,Origin, ') },
  ],
});
