import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { requestFields, requestHeadersUnknown } from '../../src/engine/pairedRequest';

// RFC 9110 §13.1.2: when If-None-Match fails on GET or HEAD, the server SHOULD answer 304; 412 is for other
// methods. Only when If-None-Match (or If-Modified-Since) is the only precondition: a failed If-Match or
// If-Unmodified-Since on GET rightly yields 412.
export default defineRule({
  meta: {
    id: 'status/412-instead-of-304',
    category: 'status',
    severity: 'warning',
    title: '412 to a GET or HEAD whose only condition is If-None-Match',
    ref: { label: 'RFC 9110 §13.1.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2' },
    why: 'A GET with If-None-Match asks "send it unless I already have this version"; when the tag matches, the answer is 304 Not Modified and the client reuses its copy. A 412 tells browsers and caches the request failed, so they show an error or refetch instead of using the cached copy.',
    fix: 'Answer a matching If-None-Match on GET and HEAD with 304 Not Modified (ETag, Cache-Control, Date, Vary), and keep 412 for failed If-Match / If-Unmodified-Since and for other methods.',
  },
  check(exchange, context) {
    const res = exchange.response;
    const method = exchange.request.method.toUpperCase();
    if (!res || res.status !== 412 || (method !== 'GET' && method !== 'HEAD')) return [];
    const unknown = requestHeadersUnknown(exchange);
    if (unknown) return context.notEvaluated(unknown);
    const inm = requestFields(exchange, 'if-none-match')[0];
    if (!inm) return [];
    if (['if-match', 'if-unmodified-since', 'if'].some((n) => requestFields(exchange, n).length > 0)) return [];
    return [
      {
        message: `412 Precondition Failed answers a ${method} whose only precondition is If-None-Match: a matching tag on ${method} is answered with 304 Not Modified`,
        evidence: `${statusLineEvidence(res)}; the request had ${inm.raw.slice(0, 80)}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
