import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'framing/transfer-encoding-on-204',
    category: 'framing',
    severity: 'error',
    title: '204 No Content response carries Transfer-Encoding',
    ref: { label: 'RFC 9112 §6.1', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.1' },
    needs: ['http1-syntax'],
    why: 'A server must not send Transfer-Encoding in a 204. Clients ignore it and stop at the header block, so if the server then writes a chunked terminator ("0\\r\\n\\r\\n") those bytes corrupt the next response on the connection; some strict clients reject the response.',
    fix: 'Send 204 without Transfer-Encoding and without any body; make sure the framework does not switch to chunked encoding for empty responses.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 204) return [];
    return headersNamed(res.headers, 'transfer-encoding').map((h) => ({
      message: `a 204 response carries Transfer-Encoding: ${h.value}`,
      evidence: headerEvidence(h),
      location: headerLocation(h),
    }));
  },
});
