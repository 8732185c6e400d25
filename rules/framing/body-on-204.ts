import { defineRule } from '../../src/engine/rule';
import { h2BodyFindings, isH2 } from './_h2body';
import { extraBytesFindings } from '../../src/engine/evidence';

// A 204 ends at its header block, so anything after it is bytes the client will misread as the start of the
// next response on a kept-alive connection (or silently drop).
export default defineRule({
  meta: {
    id: 'framing/body-on-204',
    category: 'framing',
    severity: 'error',
    title: '204 No Content response carries a body',
    ref: { label: 'RFC 9110 §15.3.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5' },
    why: 'A 204 response is terminated by the end of its header section; clients do not read a body. The extra bytes stay on the connection and corrupt the next response a keep-alive client reads (or make strict clients such as undici fail).',
    fix: 'Send no content with 204: end the response right after the headers (e.g. Express `res.status(204).end()`), or answer 200 with the body.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 204) return [];
    if (isH2(exchange)) return h2BodyFindings(exchange, 'a 204 response');
    return extraBytesFindings(exchange, 'a 204 response');
  },
});
