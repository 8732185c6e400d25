import { defineRule } from '../../src/engine/rule';
import { missingHeaderEvidence, statusLineLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { activeDocument, describeDocument } from './_document';

export default defineRule({
  meta: {
    id: 'security/missing-x-content-type-options',
    category: 'security',
    severity: 'info',
    title: 'A document is served without X-Content-Type-Options: nosniff',
    ref: { label: 'Fetch §X-Content-Type-Options', url: 'https://fetch.spec.whatwg.org/#x-content-type-options-header' },
    why: 'Without nosniff, browsers may sniff content and treat a response as a type other than the one declared (e.g. render user-uploaded text as HTML, or run it as script), which turns uploads into XSS.',
    fix: 'Send `X-Content-Type-Options: nosniff` on every response (most security-header middlewares do by default).',
  },
  check(exchange) {
    const doc = activeDocument(exchange);
    if (!doc || headerNamed(doc.res.headers, 'X-Content-Type-Options')) return [];
    return [
      {
        message: `${describeDocument(doc)} without X-Content-Type-Options: nosniff`,
        evidence: missingHeaderEvidence(doc.res, 'X-Content-Type-Options'),
        location: statusLineLocation(doc.res),
      },
    ];
  },
});
