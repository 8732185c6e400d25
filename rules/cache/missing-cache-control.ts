import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';

// RFC 9111 §4.2.2 / RFC 9110 §15.1: these codes are heuristically cacheable, so without explicit
// freshness a cache may pick its own lifetime (commonly 10% of the time since Last-Modified).
export const HEURISTICALLY_CACHEABLE: ReadonlySet<number> = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);

export default defineRule({
  meta: {
    id: 'cache/missing-cache-control',
    category: 'cache',
    severity: 'info',
    title: 'Cacheable response without Cache-Control or Expires',
    ref: { label: 'RFC 9111 §4.2.2', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-4.2.2' },
    why: 'Without explicit freshness, browsers and proxies may reuse the response for a lifetime they guess themselves (typically 10% of its age since Last-Modified), so clients can see stale content for an unpredictable time.',
    fix: 'State the intended policy: e.g. `Cache-Control: max-age=300` for content that may be reused, `Cache-Control: no-cache` to always revalidate, or `Cache-Control: no-store` for responses that must never be stored.',
  },
  check(exchange) {
    const res = exchange.response;
    const method = exchange.request.method.toUpperCase();
    if (!res || (method !== 'GET' && method !== 'HEAD') || !HEURISTICALLY_CACHEABLE.has(res.status)) return [];
    if (headerNamed(res.headers, 'cache-control') || headerNamed(res.headers, 'expires')) return [];
    return [
      {
        message: `${res.status} response to ${method} has neither Cache-Control nor Expires: caches may store and reuse it for a heuristic lifetime`,
        evidence: `${statusLineEvidence(res)}; no Cache-Control or Expires header`,
        location: statusLineLocation(res),
      },
    ];
  },
});
