import { ruleTable } from '../../helpers/ruleTable';
import { HTML, JSON_TYPE, res } from './_responses';

ruleTable('security/missing-x-content-type-options', {
  fires: [
    {
      name: 'an HTML page',
      input: res([HTML], { body: '<p>hi</p>', url: 'http://127.0.0.1:8080/' }),
      severity: 'info',
      message: 'an HTML document (text/html, status 200) without X-Content-Type-Options: nosniff',
      evidence: 'status line "HTTP/1.1 200 OK" at byte 0; no X-Content-Type-Options among 2 header lines',
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'XHTML', input: res(['Content-Type: application/xhtml+xml'], { body: '<html/>' }), message: 'an XHTML document' },
  ],
  quiet: [
    { name: 'HTML with nosniff', input: res([HTML, 'X-Content-Type-Options: nosniff'], { body: '<p>hi</p>' }) },
    { name: 'a JSON API response', input: res([JSON_TYPE], { body: '{"ok":true}' }) },
    { name: 'a plain text response', input: res(['Content-Type: text/plain; charset=utf-8'], { body: 'hi' }) },
    { name: 'a 404 HTML error page', input: res([HTML], { body: 'nope', status: '404 Not Found' }) },
    { name: 'a 204', input: res([], { status: '204 No Content' }) },
  ],
});
