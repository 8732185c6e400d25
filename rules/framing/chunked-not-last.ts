import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { transferCodingsOf } from '../../src/http1/framing';

// Only where Transfer-Encoding frames the response: not HEAD, 1xx, 204, 304 or 2xx to CONNECT
// (framing kind 'none'); there a response must end with chunked or its length is only known by close.
export default defineRule({
  meta: {
    id: 'framing/chunked-not-last',
    category: 'framing',
    severity: 'error',
    title: 'Transfer-Encoding does not end with chunked',
    ref: { label: 'RFC 9112 §6.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3' },
    needs: ['http1-syntax'],
    why: 'When the final transfer coding is not chunked, the body length is only known when the connection closes, and many clients and proxies reject or mis-frame such responses (Node rejects them; others read them as chunked). Codings such as gzip belong in Content-Encoding, which clients actually decode.',
    fix: 'Use `Transfer-Encoding: chunked` (with any other transfer coding before it), or move compression to `Content-Encoding: gzip` and frame the body with Content-Length or chunked.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.framing?.kind === 'none') return [];
    const lines = headersNamed(res.headers, 'transfer-encoding');
    if (lines.length === 0) return [];
    const codings = transferCodingsOf(res.headers);
    const last = codings[codings.length - 1];
    if (last === 'chunked') return [];
    const h = lines[lines.length - 1]!;
    return [
      {
        message: last === undefined
          ? 'Transfer-Encoding is empty, so the body is delimited only by the connection closing'
          : `the final transfer coding is "${last}", not chunked, so the body is delimited only by the connection closing`,
        evidence: lines.map(headerEvidence).join('; '),
        location: headerLocation(h),
      },
    ];
  },
});
