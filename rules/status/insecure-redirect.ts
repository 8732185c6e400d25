import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export default defineRule({
  meta: {
    id: 'status/insecure-redirect',
    category: 'status',
    severity: 'warning',
    title: 'Redirect from https to plain http',
    ref: { label: 'RFC 9110 §4.2.2, §17.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-4.2.2' },
    why: 'Following it sends the next request, its cookies (those not marked Secure) and whatever the URL carries over an unencrypted connection that anyone on the path can read and change; the https page the user trusted hands them to an attacker. Browsers show mixed-content warnings or block it, and HSTS-protected clients refuse it.',
    fix: 'Redirect to an https URL (`Location: https://example.com/new/path`), or a relative reference, which keeps the scheme.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || !REDIRECTS.has(res.status) || !exchange.url.startsWith('https:')) return [];
    const location = headerNamed(res.headers, 'location');
    if (!location || location.value === '') return [];
    let target: URL;
    try {
      target = new URL(location.value, exchange.url);
    } catch {
      return []; // headers/invalid-location reports it
    }
    if (target.protocol !== 'http:') return [];
    const shown = target.href.length > 200 ? `${target.href.slice(0, 200)}…` : target.href;
    return [
      {
        message: `${res.status} redirect from an https URL to plain http (${shown}): the next request leaves TLS`,
        evidence: headerEvidence(location),
        location: headerLocation(location),
      },
    ];
  },
});
