import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/417-without-expect';
const FAILED = 'HTTP/1.1 417 Expectation Failed\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 417 to a POST without Expect', input: { method: 'POST', requestBody: 'x', response: FAILED }, count: 1, severity: 'warning', message: '417 Expectation Failed answers a request that sent no Expect', evidence: 'status line "HTTP/1.1 417 Expectation Failed" at byte 0; the request "POST /resource HTTP/1.1" had no Expect', location: { part: 'status-line', offset: 0 } },
  ],
  quiet: [
    { name: 'a 417 to Expect: 100-continue', input: { method: 'POST', requestHeaders: [['Expect', '100-continue']], requestBody: 'x', response: FAILED } },
    { name: 'a 400 without Expect', input: { method: 'POST', requestBody: 'x', response: 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, FAILED));
