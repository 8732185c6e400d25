import { it } from 'vitest';
import { ruleTable } from '../../helpers/ruleTable';
import { expectNotEvaluatedOnRaw } from './_raw';

const ID = 'status/412-without-precondition';
const FAILED = 'HTTP/1.1 412 Precondition Failed\r\nContent-Length: 0\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 412 to an unconditional PUT', input: { method: 'PUT', requestBody: '{}', response: FAILED }, count: 1, severity: 'warning', message: '412 Precondition Failed answers a request that carried no precondition', evidence: 'status line "HTTP/1.1 412 Precondition Failed" at byte 0; the request "PUT /resource HTTP/1.1" had no conditional header (If-Match, If-None-Match, If-Unmodified-Since, If-Modified-Since, …)', location: { part: 'status-line', offset: 0 } },
    { name: 'a 412 to a GET', input: { response: FAILED }, count: 1 },
  ],
  quiet: [
    { name: 'a 412 to If-Match', input: { method: 'PUT', requestHeaders: [['If-Match', '"v1"']], requestBody: '{}', response: FAILED } },
    { name: 'a 412 to If-Unmodified-Since', input: { method: 'DELETE', requestHeaders: [['If-Unmodified-Since', 'Sun, 06 Nov 1994 08:49:37 GMT']], response: FAILED } },
    { name: 'a 412 to If-None-Match: * on PUT', input: { method: 'PUT', requestHeaders: [['If-None-Match', '*']], requestBody: '{}', response: FAILED } },
    { name: 'a 412 to an S3 copy condition', input: { method: 'PUT', requestHeaders: [['x-amz-copy-source-if-match', '"abc"']], response: FAILED } },
    { name: 'a 412 to an Azure tag condition', input: { method: 'PUT', requestHeaders: [['x-ms-if-tags', '"a" = \'b\'']], requestBody: 'x', response: FAILED } },
    { name: 'a 412 to a WebDAV If header', input: { method: 'PUT', requestHeaders: [['If', '(<urn:uuid:1>)']], requestBody: '{}', response: FAILED } },
    { name: 'a 412 to a WebDAV MOVE with Overwrite: F', input: { method: 'MOVE', requestHeaders: [['Overwrite', 'F']], response: FAILED } },
  ],
});

it(`${ID} is not evaluated on a raw response without its saved request`, () => expectNotEvaluatedOnRaw(ID, FAILED));
