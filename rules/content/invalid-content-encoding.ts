import { defineRule } from '../../src/engine/rule';
import { bytesEvidence, headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { decodedContentOf } from '../../src/http/content';
import { contentHead, mayHaveBody } from './_body';

export default defineRule({
  meta: {
    id: 'content/invalid-content-encoding',
    needs: ['wire', 'body'],
    category: 'content',
    severity: 'error',
    title: 'Body does not decode with its Content-Encoding',
    ref: { label: 'RFC 9110 §8.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.4' },
    why: 'Clients undo the content-coding before anything else: browsers show ERR_CONTENT_DECODING_FAILED, curl --compressed stops with "Error while processing content unencoding", and Node fetch rejects with a zlib error. The response is lost, not just garbled.',
    fix: 'Send Content-Encoding only when the body really is compressed with that coding (a common cause is compressing twice, or a proxy that decompresses but keeps the header); otherwise drop the header.',
  },
  check(exchange, context) {
    const res = exchange.response;
    // HEAD/204/304 have no body. A truncated body is the framing rules' finding: it never decodes.
    if (!res || !mayHaveBody(res) || !res.complete) return [];
    // An empty body with Content-Encoding is not a valid gzip/br stream, but curl, browsers and Node fetch all
    // accept it as empty content (servers send it on redirects and errors), so it breaks no mainstream client.
    if (res.contentLength === 0) return [];
    const decoded = decodedContentOf(exchange, context.maxBody);
    // skipped: too large for --max-body, not kept in memory, or a coding we do not know (not this rule).
    if (decoded.ok) return [];
    if (decoded.skipped) return context.notEvaluated(decoded.reason.replace(/; not checked$/, ''));
    const header = headersNamed(res.headers, 'content-encoding')[0];
    if (!header) return [];
    const head = contentHead(exchange, res, 16);
    const hint = looksLike(head, decoded.codings);
    return [
      {
        message: `${decoded.reason}${hint ? ` (${hint})` : ''}`,
        evidence: `${headerEvidence(header)}; body at byte ${res.headerEnd}: ${bytesEvidence(head, res.contentLength)}`,
        location: headerLocation(header),
      },
    ];
  },
});

/** A hint at what the body really is, when its first bytes say so. */
function looksLike(head: Buffer, codings: string[]): string | undefined {
  const gzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  const zlib = head.length >= 2 && (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
  if (gzip && !codings.some((c) => c === 'gzip' || c === 'x-gzip')) return 'the body starts with the gzip magic bytes 1f 8b';
  if (gzip && codings.length === 1) return 'the gzip stream is corrupt or truncated';
  if (zlib && !codings.includes('deflate')) return 'the body starts with a zlib (deflate) header';
  const text = head.toString('latin1').replace(/^[\s\ufeff]+/, '');
  if (/^[{[<]/.test(text) || /^[\x20-\x7e\t\r\n]+$/.test(head.toString('latin1'))) return 'the body looks uncompressed';
  return undefined;
}
