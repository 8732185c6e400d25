import { ruleTable } from '../../helpers/ruleTable';

const ID = 'status/304-for-other-method';
const NOT_MODIFIED = 'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n';

ruleTable(ID, {
  fires: [
    { name: 'a 304 to PUT with If-None-Match', input: { method: 'PUT', requestHeaders: [['If-None-Match', '*']], requestBody: '{}', response: NOT_MODIFIED }, count: 1, severity: 'error', message: '304 Not Modified answers PUT', evidence: 'status line "HTTP/1.1 304 Not Modified" at byte 0 in answer to PUT /resource', location: { part: 'status-line', offset: 0 } },
    { name: 'a 304 to POST', input: { method: 'POST', requestBody: 'x', response: NOT_MODIFIED }, message: 'answers POST' },
  ],
  quiet: [
    { name: 'a 304 to a conditional GET', input: { requestHeaders: [['If-None-Match', '"v1"']], response: NOT_MODIFIED } },
    { name: 'a 304 to a conditional HEAD', input: { method: 'HEAD', requestHeaders: [['If-None-Match', '"v1"']], response: NOT_MODIFIED } },
    { name: 'a 412 to PUT with If-None-Match: *', input: { method: 'PUT', requestHeaders: [['If-None-Match', '*']], requestBody: '{}', response: 'HTTP/1.1 412 Precondition Failed\r\nContent-Length: 0\r\n\r\n' } },
  ],
});
