import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/304-without-precondition';
const NOT_MODIFIED = 'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nCache-Control: max-age=60\r\nVary: Accept-Encoding\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 304 to an unconditional GET', input: { response: NOT_MODIFIED }, count: 1, severity: 'error', message: '304 Not Modified answers a request that had no cached copy to validate', evidence: 'status line "HTTP/1.1 304 Not Modified" at byte 0; the request "GET /resource HTTP/1.1" had no If-None-Match or If-Modified-Since', location: { part: 'status-line', offset: 0 } },
    { name: 'a 304 to a request with only If-Match', input: { requestHeaders: [['If-Match', '"v1"']], response: NOT_MODIFIED }, count: 1 },
    { name: 'an empty If-None-Match counts as none', input: { requestHeaders: [['If-None-Match', ' ']], response: NOT_MODIFIED }, count: 1 },
  ],
  quiet: [
    { name: 'a 304 with ETag, Cache-Control and Vary to If-None-Match', input: { requestHeaders: [['If-None-Match', '"v1"']], response: NOT_MODIFIED } },
    { name: 'a 304 to If-Modified-Since', input: { requestHeaders: [['If-Modified-Since', 'Sun, 06 Nov 1994 08:49:37 GMT']], response: NOT_MODIFIED } },
    { name: 'a 304 to POST (status/304-for-other-method reports it)', input: { method: 'POST', requestBody: 'x', response: NOT_MODIFIED } },
    { name: 'a 200 to an unconditional GET', input: { response: 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, NOT_MODIFIED));
