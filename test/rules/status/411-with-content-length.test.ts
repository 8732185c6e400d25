import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/411-with-content-length';
const LENGTH_REQUIRED = 'HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 411 to a POST with Content-Length', input: { method: 'POST', requestBody: '{"a":1}', response: LENGTH_REQUIRED }, count: 1, severity: 'warning', message: '411 Length Required, although the request carried Content-Length: 7', evidence: /^status line "HTTP\/1.1 411 Length Required" at byte 0; the request had Content-Length: 7 at byte \d+ of the request$/, location: { part: 'status-line', offset: 0 } },
    { name: 'a 411 to Content-Length: 0', input: { method: 'POST', requestHeaders: [['Content-Length', '0']], response: LENGTH_REQUIRED }, count: 1 },
  ],
  quiet: [
    { name: 'a 411 to a chunked POST', input: { method: 'POST', requestHeaders: [['Transfer-Encoding', 'chunked']], response: LENGTH_REQUIRED } },
    { name: 'a 411 to a POST without Content-Length', input: { method: 'POST', response: LENGTH_REQUIRED } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, LENGTH_REQUIRED));
