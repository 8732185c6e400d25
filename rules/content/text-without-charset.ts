import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { decodedContentOf } from '../../src/http/content';
import { parseMediaType } from '../../src/http/mediaType';

// Text types whose charset is fixed by their own specification, so a charset parameter adds nothing.
const FIXED_CHARSET = new Set(['text/event-stream']);

export default defineRule({
  meta: {
    id: 'content/text-without-charset',
    category: 'content',
    severity: 'info',
    title: 'text/* response without a charset parameter',
    ref: { label: 'RFC 9110 §8.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3.2' },
    why: 'Without charset, recipients guess the encoding: browsers fall back to a locale-dependent legacy encoding (often windows-1252) or sniff, and many HTTP libraries decode text/* as ISO-8859-1, so any non-ASCII character comes out garbled.',
    fix: 'Add the charset the body is encoded in, e.g. `Content-Type: text/html; charset=utf-8`.',
  },
  check(exchange, context) {
    const res = exchange.response;
    // 204/205 have no content to decode (content/content-type-without-body covers their Content-Type).
    if (!res || res.status === 204 || res.status === 205) return [];
    const header = headersNamed(res.headers, 'content-type')[0];
    if (!header) return [];
    const parsed = parseMediaType(header.value);
    if (!parsed.ok || parsed.mediaType.type !== 'text' || FIXED_CHARSET.has(parsed.mediaType.essence)) return [];
    if (parsed.mediaType.parameters.has('charset')) return [];
    // A byte order mark names the encoding and takes precedence over charset in browsers (WHATWG Encoding).
    const decoded = res.contentLength > 0 ? decodedContentOf(exchange, context.maxBody) : undefined;
    if (decoded?.ok && hasBom(decoded.bytes)) return [];
    return [
      {
        message: `${parsed.mediaType.essence} without a charset parameter: recipients have to guess the encoding`,
        evidence: headerEvidence(header),
        location: headerLocation(header),
      },
    ];
  },
});

function hasBom(b: Buffer): boolean {
  return (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b.length >= 2 && ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)));
}
