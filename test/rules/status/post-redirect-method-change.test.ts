import { ruleTable } from '../../helpers/ruleTable';

const ID = 'status/post-redirect-method-change';
const redirect = (status: string) => `HTTP/1.1 ${status}\r\nLocation: /orders/42\r\nContent-Length: 0\r\n\r\n`;

ruleTable(ID, {
  fires: [
    { name: 'a 302 after a form POST', input: { method: 'POST', requestBody: 'a=1', response: redirect('302 Found') }, count: 1, severity: 'info', message: '302 answers POST: clients will follow it with GET and drop the content', evidence: 'status line "HTTP/1.1 302 Found" at byte 0 in answer to POST /resource', location: { part: 'status-line', offset: 0 } },
    { name: 'a 301 for a moved API endpoint', input: { method: 'POST', requestBody: '{}', response: redirect('301 Moved Permanently') }, count: 1, message: '301 answers POST' },
  ],
  quiet: [
    { name: '303 after POST', input: { method: 'POST', requestBody: 'a=1', response: redirect('303 See Other') } },
    { name: '307 and 308 after POST', input: { method: 'POST', requestBody: 'a=1', response: redirect('307 Temporary Redirect') } },
    { name: '308 after POST', input: { method: 'POST', requestBody: 'a=1', response: redirect('308 Permanent Redirect') } },
    { name: '302 after GET', input: { response: redirect('302 Found') } },
    { name: '301 after PUT (browsers keep the method)', input: { method: 'PUT', requestBody: 'a=1', response: redirect('301 Moved Permanently') } },
  ],
});
