import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/413-without-content';
const TOO_LARGE = 'HTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 413 to a GET', input: { response: TOO_LARGE }, count: 1, severity: 'warning', message: '413 Content Too Large answers a request that had no content', evidence: 'status line "HTTP/1.1 413 Content Too Large" at byte 0; the request "GET /resource HTTP/1.1" had no content (no body, Content-Length or Transfer-Encoding)', location: { part: 'status-line', offset: 0 } },
    { name: 'a 413 to a POST with Content-Length: 0', input: { method: 'POST', requestHeaders: [['Content-Length', '0']], response: TOO_LARGE }, count: 1 },
  ],
  quiet: [
    { name: 'a 413 to a POST with a body', input: { method: 'POST', requestBody: 'x'.repeat(100), response: TOO_LARGE } },
    { name: 'a 413 to an announced large upload (Expect: 100-continue)', input: { method: 'PUT', requestHeaders: [['Content-Length', '1000000000'], ['Expect', '100-continue']], response: TOO_LARGE } },
    { name: 'a 413 to a chunked upload', input: { method: 'POST', requestHeaders: [['Transfer-Encoding', 'chunked']], response: TOO_LARGE } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, TOO_LARGE));
