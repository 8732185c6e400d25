import { defineRule } from '../../src/engine/rule';
import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { requestFields, requestHeadersUnknown } from '../../src/engine/pairedRequest';

export default defineRule({
  meta: {
    id: 'status/411-with-content-length',
    category: 'status',
    severity: 'warning',
    title: '411 Length Required although the request had Content-Length',
    ref: { label: 'RFC 9110 §15.5.12', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12' },
    why: '411 asks the client to resend with a Content-Length. When the request already had one, the client has nothing to change: it fails or resends the same request in a loop. Usually a proxy stripped the header, or the server rejects Content-Length: 0 on a body-less POST.',
    fix: 'Accept a request with a valid Content-Length (including 0); if a proxy in front removes it, fix the proxy. Use 400 or 413 for other problems with the request content.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || res.status !== 411) return [];
    const unknown = requestHeadersUnknown(exchange);
    if (unknown) return context.notEvaluated(unknown);
    const cl = requestFields(exchange, 'content-length')[0];
    if (!cl) return [];
    return [
      {
        message: `411 Length Required, although the request carried ${cl.raw.slice(0, 60)}: the client has nothing to add`,
        evidence: `${statusLineEvidence(res)}; the request had ${cl.raw.slice(0, 60)} at byte ${cl.offset} of the request`,
        location: statusLineLocation(res),
      },
    ];
  },
});
