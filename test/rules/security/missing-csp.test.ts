import { gzipSync } from 'node:zlib';
import { ruleTable } from '../../helpers/ruleTable';
import { HTML, JSON_TYPE, res } from './_responses';

ruleTable('security/missing-csp', {
  fires: [
    {
      name: 'an HTML page without a policy',
      input: res([HTML, 'X-Frame-Options: DENY'], { body: '<!doctype html><p>hi</p>' }),
      severity: 'info',
      message: 'an HTML document (text/html, status 200) without a Content-Security-Policy',
      evidence: 'status line "HTTP/1.1 200 OK" at byte 0; no Content-Security-Policy among 3 header lines',
      location: { part: 'status-line', offset: 0 },
    },
    { name: 'an XML document', input: res(['Content-Type: application/xml'], { body: '<a/>' }), message: 'an XML document' },
  ],
  quiet: [
    { name: 'an enforced policy', input: res([HTML, "Content-Security-Policy: default-src 'self'"], { body: '<p>hi</p>' }) },
    { name: 'a report-only policy (a rollout step)', input: res([HTML, "Content-Security-Policy-Report-Only: default-src 'self'"], { body: '<p>hi</p>' }) },
    { name: 'a <meta http-equiv> policy', input: res([HTML], { body: `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></head></html>` }) },
    {
      name: 'a gzip-coded page with a <meta http-equiv> policy',
      input: res([HTML, 'Content-Encoding: gzip'], { body: gzipSync(`<meta http-equiv='content-security-policy' content="default-src 'self'">`).toString('latin1') }),
    },
    { name: 'a JSON API response', input: res([JSON_TYPE], { body: '{"id":1}' }) },
    { name: 'a 204', input: res([], { status: '204 No Content' }) },
    { name: 'a 301', input: res([HTML, 'Location: https://example.com/'], { status: '301 Moved Permanently' }) },
    { name: 'a 304', input: res([HTML, 'ETag: "x"'], { status: '304 Not Modified' }) },
  ],
});
