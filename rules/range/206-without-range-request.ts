import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { requestFields, requestHeadersUnknown, requestLineText } from '../../src/engine/pairedRequest';

// A 206 answers a range request (RFC 9110 §15.3.7, §14.2). A client that sent no Range expects the whole
// representation and will take the part for all of it.
export default defineRule({
  meta: {
    id: 'range/206-without-range-request',
    category: 'range',
    severity: 'error',
    title: '206 Partial Content to a request without Range',
    ref: { label: 'RFC 9110 §15.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7' },
    why: 'A 206 says "here is the part you asked for". A client that sent no Range did not ask for a part and has nothing to combine it with: most treat the partial content as the whole response (truncated files, broken JSON), and caches may store it wrongly.',
    fix: 'Send 206 only when the request carries a Range header you honour; answer other requests with 200 and the full representation.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || res.status !== 206) return [];
    // Other methods are range/206-to-unranged-method's: a 206 never fits them, Range or not.
    const method = exchange.request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return [];
    const unknown = requestHeadersUnknown(exchange);
    if (unknown) return context.notEvaluated(unknown);
    if (requestFields(exchange, 'range').length > 0) return [];
    return [
      {
        message: '206 Partial Content answers a request that sent no Range: the client expects the whole representation',
        evidence: `${statusLineEvidence(res)}; the ${requestLineText(exchange)} had no Range header`,
        location: statusLineLocation(res),
      },
    ];
  },
});
