import { defineRule } from '../../src/engine/rule';
import { h2LengthFindings } from './_h2length';
import { bytesEvidence, headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';

// Only for responses framed by a valid Content-Length: the framer reads exactly that many bytes, so a
// short body leaves the message incomplete and a long one leaves extra bytes after it.
export default defineRule({
  meta: {
    id: 'framing/content-length-mismatch',
    category: 'framing',
    severity: 'error',
    title: 'body length differs from Content-Length',
    ref: { label: 'RFC 9112 §6.2, §8', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-8' },
    why: 'Clients read exactly Content-Length bytes. When fewer arrive before the connection closes, clients report a truncated or failed response (curl: "transfer closed with N bytes remaining", fetch: "terminated"). When more arrive, the surplus is taken as the start of the next response on a kept-alive connection (desynchronisation) or silently dropped.',
    fix: 'Compute Content-Length from the exact bytes sent (after compression, in bytes not characters), or omit it and let the server use chunked encoding; do not change the body after the header is set.',
  },
  check(exchange) {
    const res = exchange.response;
    if (res && res.framing?.kind === 'end-stream') return h2LengthFindings(exchange);
    if (!res || res.framing?.kind !== 'content-length' || res.framing.length === undefined) return [];
    const declared = res.framing.length;
    const header = headerNamed(res.headers, 'content-length');
    const evidence = header ? headerEvidence(header) : `Content-Length: ${declared}`;
    const location = header ? headerLocation(header) : { part: 'header' as const };
    if (!res.complete) {
      // Reading stopped by our own limits says nothing about the server's length.
      const code = exchange.error?.code;
      if (code === 'LIMIT' || code === 'TIMEOUT_TOTAL') return [];
      const got = res.contentLength;
      const ended = code ? `before reading stopped (${code})` : 'before the connection closed';
      return [
        {
          message: `Content-Length says ${declared} bytes but only ${got} arrived ${ended} (${declared - got} missing)`,
          evidence: `${evidence}; body received: ${got} byte${got === 1 ? '' : 's'} from byte ${res.headerEnd}`,
          location,
        },
      ];
    }
    const extra = exchange.extra;
    if (extra && extra.length > 0) {
      const bytes = exchange.received.subarray(extra.offset, extra.offset + extra.length);
      return [
        {
          message: `Content-Length says ${declared} bytes but ${declared + extra.length} arrived (${extra.length} extra after the declared end)`,
          evidence: `${evidence}; after byte ${extra.offset}: ${bytesEvidence(bytes, extra.length)}`,
          location,
        },
      ];
    }
    return [];
  },
});
