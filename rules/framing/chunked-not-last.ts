import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { transferCodingsOf } from '../../src/http1/framing';

// Only where Transfer-Encoding frames the response: not HEAD, 1xx, 204, 304 or 2xx to CONNECT
// (framing kind 'none'). Legal for a response (RFC 9112 §6.3: read until close), so a warning; only info when
// the request's TE asked for that coding, or for "identity" (no coding at all).
export default defineRule({
  meta: {
    id: 'framing/chunked-not-last',
    category: 'framing',
    severity: 'warning',
    title: 'Transfer-Encoding does not end with chunked',
    ref: { label: 'RFC 9112 §6.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3' },
    needs: ['http1-syntax'],
    why: 'When the final transfer coding is not chunked, the body length is only known when the connection closes: a truncated body cannot be told from a complete one and the connection cannot be reused. Most clients (Node\'s http and fetch, browsers) do not decode transfer codings such as gzip and hand the still-encoded bytes to the application; some proxies reject the response. Codings such as gzip belong in Content-Encoding, which clients actually decode.',
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
    const asked = headersNamed(exchange.request?.headers ?? [], 'te')
      .flatMap((t) => t.value.split(','))
      .map((e) => e.split(';'))
      .some(([name, ...params]) => name!.trim().toLowerCase() === last && !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/i.test(p)));
    const mild = last === 'identity' || asked;
    return [
      {
        message: last === undefined
          ? 'Transfer-Encoding is empty, so the body is delimited only by the connection closing'
          : `the final transfer coding is "${last}", not chunked, so the body is delimited only by the connection closing${asked ? ' (the request\'s TE asked for it)' : ''}`,
        evidence: lines.map(headerEvidence).join('; '),
        location: headerLocation(h),
        ...(mild ? { severity: 'info' as const } : {}),
      },
    ];
  },
});
