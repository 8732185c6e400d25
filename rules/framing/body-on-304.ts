import { defineRule } from '../../src/engine/rule';
import { h2BodyFindings, isH2 } from './_h2body';
import { extraBytesFindings } from '../../src/engine/evidence';

// A 304 ends at its header block (RFC 9112 §6.3 rule 1); Content-Length on it describes the cached
// representation, so only bytes actually received after the head count.
export default defineRule({
  meta: {
    id: 'framing/body-on-304',
    category: 'framing',
    severity: 'error',
    title: '304 Not Modified response carries a body',
    ref: { label: 'RFC 9110 §15.4.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5' },
    why: 'A 304 response is terminated by the end of its header section; clients never read a body. The stray bytes stay on the connection and are parsed as the start of the next response by keep-alive clients and proxies (response desynchronisation), or make strict clients fail.',
    fix: 'Send nothing after the headers of a 304 (keep ETag, Cache-Control etc., drop the body). Many frameworks do this for you when you return 304 instead of writing the body yourself.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 304) return [];
    if (isH2(exchange)) return h2BodyFindings(exchange, 'a 304 response');
    return extraBytesFindings(exchange, 'a 304 response');
  },
});
