import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'content/content-type-without-body',
    category: 'content',
    severity: 'info',
    title: '204 or 205 response carries Content-Type',
    ref: { label: 'RFC 9110 §8.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3' },
    why: 'Content-Type describes content, and a 204 or 205 has none. It is harmless to most clients, but it usually means the handler set a type for a body it then dropped, and generic client code that branches on Content-Type may try to parse an empty body (e.g. JSON.parse("") throws).',
    fix: 'Do not send Content-Type with 204 No Content or 205 Reset Content (e.g. remove the header, or answer 200 with the body if there should be one).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || (res.status !== 204 && res.status !== 205)) return [];
    return headersNamed(res.headers, 'content-type').map((h) => ({
      message: `a ${res.status} response has no content but carries Content-Type`,
      evidence: headerEvidence(h),
      location: headerLocation(h),
    }));
  },
});
