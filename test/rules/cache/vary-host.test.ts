import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/vary-host';
const vary = (value: string) => ({ response: `HTTP/1.1 200 OK\r\nVary: ${value}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'Vary: Host', input: vary('Host'), count: 1, severity: 'info', message: 'Vary names Host', evidence: 'Vary: Host at byte 17', location: { part: 'header', offset: 17, header: 'Vary' } },
    { name: 'host in a list', input: vary('Accept-Encoding, host'), count: 1 },
  ],
  quiet: [
    { name: 'Vary: Accept-Encoding, Origin', input: vary('Accept-Encoding, Origin') },
    { name: 'X-Forwarded-Host', input: vary('X-Forwarded-Host') },
  ],
});
