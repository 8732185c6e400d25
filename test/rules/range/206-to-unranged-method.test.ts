import { ruleTable } from '../../helpers/ruleTable';

const ID = 'range/206-to-unranged-method';
const PARTIAL = 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/11\r\nContent-Length: 5\r\n\r\nhello';
const RANGE: Array<[string, string]> = [['Range', 'bytes=0-4']];

ruleTable(ID, {
  fires: [
    { name: 'a 206 to POST', input: { method: 'POST', requestHeaders: RANGE, requestBody: 'q=1', response: PARTIAL }, count: 1, severity: 'error', message: '206 Partial Content answers POST', evidence: 'status line "HTTP/1.1 206 Partial Content" at byte 0 in answer to POST /resource', location: { part: 'status-line', offset: 0 } },
    { name: 'a 206 to PUT', input: { method: 'PUT', requestHeaders: RANGE, requestBody: 'x', response: PARTIAL }, message: 'answers PUT' },
  ],
  quiet: [
    { name: 'a 206 to GET', input: { requestHeaders: RANGE, response: PARTIAL } },
    { name: 'a 206 to HEAD', input: { method: 'HEAD', requestHeaders: RANGE, response: 'HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/11\r\nContent-Length: 5\r\n\r\n' } },
    { name: 'a 200 to POST with Range (ignored, as required)', input: { method: 'POST', requestHeaders: RANGE, requestBody: 'q=1', response: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok' } },
  ],
});
