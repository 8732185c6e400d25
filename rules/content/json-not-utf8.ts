import { defineRule } from '../../src/engine/rule';
import { bytesEvidence, headerEvidence } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { decodeStrict } from '../../src/http/charset';
import { decodedContentOf, mediaTypeOf } from '../../src/http/content';
import { isJsonMediaType } from '../../src/http/mediaType';
import { mayHaveBody, transferCodedReason, utf16or32Of, wireOffsetOf } from './_body';

export default defineRule({
  meta: {
    id: 'content/json-not-utf8',
    category: 'content',
    severity: 'error',
    title: 'JSON body is not UTF-8 (a UTF-16/32 encoding, or invalid UTF-8 bytes)',
    ref: { label: 'RFC 8259 §8.1', url: 'https://www.rfc-editor.org/rfc/rfc8259#section-8.1' },
    why: 'JSON exchanged between systems MUST be UTF-8, and every mainstream client decodes it so (`response.json()` in browsers and Node, axios, Go, Python requests for bodies without a BOM): UTF-16/32 text fails to parse, and invalid UTF-8 bytes silently become U+FFFD, corrupting names and text.',
    fix: 'Serialize JSON as UTF-8 (the default of every JSON encoder; check that no layer re-encodes the string as UTF-16 or Latin-1), and never write raw Latin-1 bytes from a database or file into a JSON string.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || !mayHaveBody(res) || res.contentLength === 0) return [];
    // A truncated body or a partial (206) one may end inside a character: nothing to say about its encoding.
    if (!res.complete || res.status === 205 || res.status === 206) return [];
    const mediaType = mediaTypeOf(res);
    if (!mediaType || !isJsonMediaType(mediaType)) return [];
    const transferCoded = transferCodedReason(res);
    if (transferCoded) return context.notEvaluated(transferCoded);
    const decoded = decodedContentOf(exchange, context.maxBody);
    if (!decoded.ok) return decoded.skipped ? context.notEvaluated(decoded.reason.replace(/; not checked$/, '')) : [];
    const typeHeader = headersNamed(res.headers, 'content-type')[0]!;
    const coded = decoded.codings.length > 0;
    const wide = utf16or32Of(decoded.bytes);
    if (wide) {
      return [
        {
          message: `the JSON body is ${wide.encoding}${wide.bom ? ' (it starts with a byte order mark)' : ' (zero bytes around its ASCII characters)'}, not UTF-8: clients decode it as UTF-8 and fail to parse it`,
          evidence: `${headerEvidence(typeHeader)}; content starts with ${bytesEvidence(decoded.bytes.subarray(0, 8), decoded.bytes.length, 8)}`,
          location: { part: 'body', offset: res.headerEnd },
        },
      ];
    }
    const strict = decodeStrict(decoded.bytes, 'utf-8');
    if (strict.ok !== false) return [];
    const at = strict.offset;
    const wire = coded ? undefined : wireOffsetOf(res, at);
    const where = coded ? `byte ${at} of the decoded content` : `byte ${at} of the content (received byte ${wire ?? res.headerEnd})`;
    return [
      {
        message: `the JSON body is not valid UTF-8: ${where} does not start a UTF-8 character${latin1Hint(decoded.bytes, at)}; clients read U+FFFD there`,
        evidence: `at ${where}: ${bytesEvidence(decoded.bytes.subarray(at, at + 12), decoded.bytes.length - at, 12)}`,
        location: { part: 'body', offset: wire ?? res.headerEnd },
      },
    ];
  },
});

/** ", probably ISO-8859-1/windows-1252 text" when the bad byte is a Latin-1 letter among ASCII. */
function latin1Hint(bytes: Buffer, at: number): string {
  const b = bytes[at]!;
  const next = bytes[at + 1];
  return b >= 0xc0 && (next === undefined || next < 0x80) ? ` (0x${b.toString(16)} followed by ASCII looks like ISO-8859-1/windows-1252 text)` : '';
}
