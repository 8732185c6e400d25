import { ruleTable } from '../../helpers/ruleTable';

const ID = 'headers/large-header-section';
const cookies = (n: number, size: number) => Array.from({ length: n }, (_, i) => `Set-Cookie: c${i}=${'v'.repeat(size)}\r\n`).join('');
const big = `HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n${cookies(6, 6000)}X-Debug: ${'d'.repeat(500)}\r\nContent-Length: 2\r\n\r\nhi`;
const headEnd = big.indexOf('\r\n\r\n') + 4;

ruleTable(ID, {
  fires: [
    {
      name: 'six 6000-byte cookies: 36 KiB of head, naming the largest fields',
      input: { response: big },
      count: 1,
      severity: 'warning',
      message: `the header section is ${headEnd} bytes (${(headEnd / 1024).toFixed(1)} KiB), more than the 32.0 KiB many proxies accept; largest: Set-Cookie 36102 bytes in 6 lines, X-Debug 511 bytes, Content-Type 41 bytes`,
      evidence: `header section from byte 0 to byte ${headEnd} (${headEnd} bytes, 9 lines)`,
      location: { part: 'header', offset: 0, header: 'Set-Cookie' },
    },
  ],
  quiet: [
    { name: 'a 30 KiB head (under the limit)', input: { response: `HTTP/1.1 200 OK\r\n${cookies(5, 6000)}Content-Length: 2\r\n\r\nhi` } },
    { name: 'a large body does not count', input: { response: `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 40000\r\n\r\n${'x'.repeat(40000)}` } },
  ],
});
