import { defineRule } from '../../src/engine/rule';
import { missingHeaderEvidence, statusLineLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { activeDocument, describeDocument } from './_document';

export default defineRule({
  meta: {
    id: 'security/missing-hsts',
    category: 'security',
    severity: 'info',
    title: 'An https document is served without Strict-Transport-Security',
    ref: { label: 'RFC 6797 §7.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-7.1' },
    why: 'Without HSTS, a user who types the bare host name or follows an http:// link makes a first request over plain http that an attacker on the network can intercept and keep on http (SSL stripping).',
    fix: 'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on https responses (start with a short max-age while you check every subdomain serves https).',
  },
  check(exchange) {
    if (exchange.target.scheme !== 'https') return [];
    const doc = activeDocument(exchange);
    if (!doc || headerNamed(doc.res.headers, 'Strict-Transport-Security')) return [];
    return [
      {
        message: `${describeDocument(doc)} served over https without Strict-Transport-Security`,
        evidence: missingHeaderEvidence(doc.res, 'Strict-Transport-Security'),
        location: statusLineLocation(doc.res),
      },
    ];
  },
});
