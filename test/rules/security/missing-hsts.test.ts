import { ruleTable } from '../../helpers/ruleTable';
import { HTML, JSON_TYPE, res } from './_responses';

ruleTable('security/missing-hsts', {
  fires: [
    {
      name: 'an HTML page over https',
      input: res([HTML], { body: '<p>hi</p>' }),
      severity: 'info',
      message: 'an HTML document (text/html, status 200) served over https without Strict-Transport-Security',
      evidence: 'status line "HTTP/1.1 200 OK" at byte 0; no Strict-Transport-Security among 2 header lines',
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'an inline SVG over https', input: res(['Content-Type: image/svg+xml'], { body: '<svg/>' }), message: 'an SVG document' },
  ],
  quiet: [
    { name: 'HTML with HSTS', input: res([HTML, 'Strict-Transport-Security: max-age=31536000'], { body: '<p>hi</p>' }) },
    { name: 'a JSON API response over https', input: res([JSON_TYPE], { body: '{}' }) },
    { name: 'HTML over plain http', input: res([HTML], { body: '<p>hi</p>', url: 'http://127.0.0.1:8080/' }) },
    { name: 'a 204', input: res([], { status: '204 No Content' }) },
    { name: 'a redirect', input: res(['Location: /next', HTML], { status: '302 Found' }) },
    { name: 'a 304', input: res(['ETag: "a"', HTML], { status: '304 Not Modified' }) },
    { name: 'an HTML download (Content-Disposition: attachment)', input: res([HTML, 'Content-Disposition: attachment; filename="page.html"'], { body: '<p>hi</p>' }) },
  ],
});
