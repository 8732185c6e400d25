import { defineRule } from '../../src/engine/rule';
import { h2BodyFindings, isH2 } from './_h2body';
import { extraBytesFindings } from '../../src/engine/evidence';

// A response to HEAD ends at its header block whatever Content-Length says (that header describes the GET
// representation and is correct here). 204 and 304 have their own rules, and after a 101 the bytes belong
// to the new protocol, so those are left out.
export default defineRule({
  meta: {
    id: 'framing/body-on-head',
    category: 'framing',
    severity: 'error',
    title: 'response to HEAD carries a body',
    ref: { label: 'RFC 9110 §9.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2' },
    why: 'A client never reads a body after a HEAD response. The bytes stay on the connection: a keep-alive client or proxy parses them as the next response (desynchronisation), and they waste bandwidth the HEAD request was meant to save.',
    fix: 'Answer HEAD with the same headers as GET (Content-Length included) but write no body. Most frameworks do this automatically; a hand-written handler must skip the body when the method is HEAD.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || (exchange.request?.method ?? '').toUpperCase() !== 'HEAD') return [];
    // 204, 304 and 1xx have their own rules for bytes after the header block.
    if (res.status === 204 || res.status === 304 || (res.status >= 100 && res.status < 200)) return [];
    if (isH2(exchange)) return h2BodyFindings(exchange, `a ${res.status} response to HEAD`);
    return extraBytesFindings(exchange, `a ${res.status} response to HEAD`);
  },
});
