import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

// One finding per Content-Length line. "Content-Length: 0" is the common, harmless variant (nothing
// is misread), so it is only a warning.
export default defineRule({
  meta: {
    id: 'framing/content-length-on-204',
    category: 'framing',
    severity: 'error',
    title: '204 No Content response carries Content-Length',
    ref: { label: 'RFC 9110 §8.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    why: 'A server must not send Content-Length in a 204. Strict clients reject the response outright (undici/Node fetch throws on a 204 with a non-zero Content-Length), and a client or proxy that believes the header waits for bytes that never come or swallows the next response.',
    fix: 'Remove Content-Length from 204 responses (e.g. do not set it by hand; Express `res.status(204).end()` omits it).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 204) return [];
    return headersNamed(res.headers, 'content-length').map((h) => {
      const zero = /^0+$/.test(h.value.trim());
      return {
        message: zero
          ? 'a 204 response carries Content-Length: 0 (harmless to most clients, but not allowed)'
          : `a 204 response carries Content-Length: ${h.value} although it can have no content`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
        ...(zero ? { severity: 'warning' as const } : {}),
      };
    });
  },
});
