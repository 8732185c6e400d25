import { defineRule } from '../../src/engine/rule';
import { missingHeaderEvidence, statusLineLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { activeDocument, describeDocument } from './_document';
import { cspPolicies } from './_csp';

export default defineRule({
  meta: {
    id: 'security/missing-frame-protection',
    category: 'security',
    severity: 'info',
    title: 'A document has neither X-Frame-Options nor CSP frame-ancestors',
    ref: { label: 'CSP3: frame-ancestors', url: 'https://www.w3.org/TR/CSP3/#directive-frame-ancestors' },
    why: 'Any site can load the page in an invisible frame and trick users into clicking its buttons (clickjacking: likes, payments, permission grants).',
    fix: 'Send `Content-Security-Policy: frame-ancestors \'self\'` (or `\'none\'`), and `X-Frame-Options: SAMEORIGIN` for old browsers; list partner origins in frame-ancestors if the page is meant to be embedded.',
  },
  check(exchange) {
    const doc = activeDocument(exchange);
    if (!doc || headerNamed(doc.res.headers, 'X-Frame-Options')) return [];
    if (cspPolicies(exchange).some((p) => p.directives.has('frame-ancestors'))) return [];
    return [
      {
        message: `${describeDocument(doc)} without X-Frame-Options or Content-Security-Policy frame-ancestors: any site may frame it`,
        evidence: missingHeaderEvidence(doc.res, 'X-Frame-Options or CSP frame-ancestors'),
        location: statusLineLocation(doc.res),
      },
    ];
  },
});
