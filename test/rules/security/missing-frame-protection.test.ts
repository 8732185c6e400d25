import { ruleTable } from '../../helpers/ruleTable';
import { HTML, JSON_TYPE, res } from './_responses';

ruleTable('security/missing-frame-protection', {
  fires: [
    {
      name: 'an HTML page without X-Frame-Options or frame-ancestors',
      input: res([HTML, "Content-Security-Policy: default-src 'self'"], { body: '<p>hi</p>' }),
      severity: 'info',
      message: 'an HTML document (text/html, status 200) without X-Frame-Options or Content-Security-Policy frame-ancestors: any site may frame it',
      evidence: 'status line "HTTP/1.1 200 OK" at byte 0; no X-Frame-Options or CSP frame-ancestors among 3 header lines',
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'frame-ancestors only in a report-only policy', input: res([HTML, "Content-Security-Policy-Report-Only: frame-ancestors 'none'"], { body: '<p>hi</p>' }) },
  ],
  quiet: [
    { name: 'X-Frame-Options: SAMEORIGIN', input: res([HTML, 'X-Frame-Options: SAMEORIGIN'], { body: '<p>hi</p>' }) },
    { name: 'CSP frame-ancestors alone', input: res([HTML, "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'"], { body: '<p>hi</p>' }) },
    { name: 'a JSON API response', input: res([JSON_TYPE], { body: '[]' }) },
    { name: 'a redirect', input: res([HTML, 'Location: /login'], { status: '302 Found' }) },
    { name: 'a HEAD 304', input: res([HTML], { status: '304 Not Modified', method: 'HEAD' }) },
  ],
});
