import { expect, it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { exchangeOf, findingsOf } from '../../helpers/exchange';

const ID = 'status/deprecated-code';
const status = (line: string) => ({ response: `HTTP/1.1 ${line}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: '305 Use Proxy', input: status('305 Use Proxy'), count: 1, severity: 'warning', message: '305 Use Proxy is deprecated (RFC 9110 §15.4.6)', evidence: 'status line "HTTP/1.1 305 Use Proxy" at byte 0', location: { part: 'status-line', offset: 0 } },
    { name: '510 Not Extended (milder)', input: status('510 Not Extended'), count: 1, severity: 'info', message: '510 Not Extended is obsolete' },
  ],
  quiet: [
    { name: '306 (reserved: status/unregistered-code reports it)', input: status('306 Switch Proxy') },
    { name: '418 (reserved: status/unregistered-code reports it)', input: status("418 I'm a teapot") },
    { name: '102 Processing interim before a 200', input: { response: 'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' } },
    { name: '307 Temporary Redirect', input: { response: 'HTTP/1.1 307 Temporary Redirect\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n' } },
  ],
});

it('no code is reported by both status/deprecated-code and status/unregistered-code', () => {
  for (const line of ['305 Use Proxy', '306 Switch Proxy', '418 Teapot', '510 Not Extended']) {
    const ex = exchangeOf(status(line));
    const both = findingsOf(ID, ex).length + findingsOf('status/unregistered-code', ex).length;
    expect(both, line).toBe(1);
  }
});
