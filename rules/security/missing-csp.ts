import { defineRule } from '../../src/engine/rule';
import { missingHeaderEvidence, statusLineLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { decodedContentOf } from '../../src/http/content';
import { activeDocument, describeDocument } from './_document';

export default defineRule({
  meta: {
    id: 'security/missing-csp',
    category: 'security',
    severity: 'info',
    title: 'A document is served without a Content-Security-Policy',
    ref: { label: 'CSP3: the Content-Security-Policy header', url: 'https://www.w3.org/TR/CSP3/#csp-header' },
    why: 'Without a policy, any script an attacker manages to inject (a stored comment, a reflected parameter) runs with the page\'s full privileges; CSP is the second line of defence against XSS.',
    fix: "Start with `Content-Security-Policy: default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'` (or Content-Security-Policy-Report-Only while you tune it).",
  },
  check(exchange, context) {
    const doc = activeDocument(exchange);
    if (!doc) return [];
    const h = doc.res.headers;
    if (headerNamed(h, 'Content-Security-Policy') || headerNamed(h, 'Content-Security-Policy-Report-Only')) return [];
    // A policy in <meta http-equiv> counts too (it cannot carry frame-ancestors, but it does restrict scripts).
    const content = decodedContentOf(exchange, context.maxBody);
    const head = content.ok ? content.bytes.subarray(0, 65536).toString('latin1') : '';
    if (/<meta[^>]+http-equiv\s*=\s*["']?content-security-policy/i.test(head)) return [];
    return [
      {
        message: `${describeDocument(doc)} without a Content-Security-Policy`,
        evidence: missingHeaderEvidence(doc.res, 'Content-Security-Policy'),
        location: statusLineLocation(doc.res),
      },
    ];
  },
});
