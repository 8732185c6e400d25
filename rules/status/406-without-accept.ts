import { defineRule } from '../../src/engine/rule';
import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { requestFields, requestHeadersUnknown, requestLineText } from '../../src/engine/pairedRequest';

// 406 answers proactive negotiation (RFC 9110 §12.1, §15.5.7). A request with no Accept-Charset, -Encoding or
// -Language, and no Accept or only `Accept: */*` (what curl and httpinspect send), accepts any representation.
const NEGOTIATING = ['Accept-Charset', 'Accept-Encoding', 'Accept-Language'];

export default defineRule({
  meta: {
    id: 'status/406-without-accept',
    category: 'status',
    severity: 'warning',
    title: '406 Not Acceptable to a request that accepts anything',
    ref: { label: 'RFC 9110 §15.5.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7' },
    why: '406 says no representation matches the request\'s Accept* fields. A request without them (or with only `Accept: */*`) accepts any representation, so the 406 cannot be fixed by the client; it usually hides another error, such as an unsupported request Content-Type (415) or a missing route.',
    fix: 'Without negotiation headers, send the default representation (RFC 9110 §12.1). Use 415 for an unsupported request Content-Type and 404/400 for other failures.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || res.status !== 406) return [];
    const unknown = requestHeadersUnknown(exchange);
    if (unknown) return context.notEvaluated(unknown);
    if (NEGOTIATING.some((n) => requestFields(exchange, n).length > 0)) return [];
    const accept = requestFields(exchange, 'accept');
    if (accept.some((h) => h.value.trim() !== '*/*')) return [];
    return [
      {
        message: `406 Not Acceptable answers a request that accepts any representation (${accept.length > 0 ? 'only Accept: */*' : 'no Accept*'}): there was nothing it could not accept`,
        evidence: `${statusLineEvidence(res)}; the ${requestLineText(exchange)} had ${accept.length > 0 ? `${accept[0]!.raw} and ` : ''}no Accept-Charset, Accept-Encoding or Accept-Language`,
        location: statusLineLocation(res),
      },
    ];
  },
});
