import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';

// Safe methods are read-only by definition: crawlers, prefetchers and caches send them freely.
const SAFE = ['GET', 'HEAD', 'OPTIONS'];

export default defineRule({
  meta: {
    id: 'status/created-by-safe-method',
    category: 'status',
    severity: 'warning',
    title: '201 Created in response to a safe method',
    ref: { label: 'RFC 9110 §9.2.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.2.1' },
    why: 'GET, HEAD and OPTIONS are safe: clients, crawlers, link prefetchers, caches and retry logic send them without the user asking and expect no side effects. A resource created by one gets created again on every prefetch or retry.',
    fix: 'Create resources with POST (or PUT to a known URI) and answer 201 there; answer a GET with 200 (or 303 to the existing resource).',
  },
  check(exchange) {
    const res = exchange.response;
    const method = exchange.request.method;
    if (!res || res.status !== 201 || !SAFE.includes(method)) return [];
    return [
      {
        message: `201 Created in response to ${method}, a safe method that must not create resources`,
        evidence: `request "${method} ${exchange.request.target}"; ${statusLineEvidence(res)}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
