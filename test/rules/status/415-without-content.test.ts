import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/415-without-content';
const UNSUPPORTED = 'HTTP/1.1 415 Unsupported Media Type\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 415 to a GET', input: { response: UNSUPPORTED }, count: 1, severity: 'warning', message: '415 Unsupported Media Type answers a request that had no content and no Content-Type', evidence: 'status line "HTTP/1.1 415 Unsupported Media Type" at byte 0; the request "GET /resource HTTP/1.1" had no content (no body, Content-Length or Transfer-Encoding)', location: { part: 'status-line', offset: 0 } },
  ],
  quiet: [
    { name: 'a 415 to a POST with an XML body', input: { method: 'POST', requestHeaders: [['Content-Type', 'application/xml']], requestBody: '<a/>', response: UNSUPPORTED } },
    { name: 'a 415 to an empty request that still named a Content-Type', input: { method: 'POST', requestHeaders: [['Content-Type', 'text/csv']], response: UNSUPPORTED } },
    { name: 'a 415 to a gzip-coded body', input: { method: 'POST', requestHeaders: [['Content-Encoding', 'gzip']], requestBody: 'xx', response: UNSUPPORTED } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, UNSUPPORTED));
