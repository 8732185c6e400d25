import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/412-instead-of-304';
const FAILED = 'HTTP/1.1 412 Precondition Failed\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 412 to GET with a matching If-None-Match', input: { requestHeaders: [['If-None-Match', '"v1"']], response: FAILED }, count: 1, severity: 'warning', message: '412 Precondition Failed answers a GET whose only precondition is If-None-Match', evidence: 'status line "HTTP/1.1 412 Precondition Failed" at byte 0; the request had If-None-Match: "v1"', location: { part: 'status-line', offset: 0 } },
    { name: 'a 412 to HEAD with If-None-Match and If-Modified-Since', input: { method: 'HEAD', requestHeaders: [['If-None-Match', '"v1"'], ['If-Modified-Since', 'Sun, 06 Nov 1994 08:49:37 GMT']], response: FAILED }, count: 1 },
  ],
  quiet: [
    { name: 'a 412 to GET with If-Match', input: { requestHeaders: [['If-Match', '"v0"'], ['If-None-Match', '"v1"']], response: FAILED } },
    { name: 'a 412 to GET with If-Unmodified-Since', input: { requestHeaders: [['If-Unmodified-Since', 'Sun, 06 Nov 1994 08:49:37 GMT']], response: FAILED } },
    { name: 'a 412 to PUT with If-None-Match: *', input: { method: 'PUT', requestHeaders: [['If-None-Match', '*']], requestBody: '{}', response: FAILED } },
    { name: 'a 304 to GET with If-None-Match', input: { requestHeaders: [['If-None-Match', '"v1"']], response: 'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n' } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, FAILED));
