import { defineRule } from '../../src/engine/rule';
import { bytesEvidence, headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { bomEncoding, decodeStrict } from '../../src/http/charset';
import { decodedContentOf, mediaTypeOf } from '../../src/http/content';
import { isJsonMediaType, type MediaType } from '../../src/http/mediaType';
import { mayHaveBody, transferCodedReason, wireOffsetOf } from './_body';

// Media types whose content is text in the charset their parameter names.
const TEXTUAL_APPLICATION = new Set(['xml', 'javascript', 'ecmascript', 'x-javascript', 'x-www-form-urlencoded', 'sql', 'graphql', 'x-sh', 'x-ndjson']);

function isTextual(mediaType: MediaType): boolean {
  if (mediaType.type === 'text') return true;
  return mediaType.type === 'application' && (TEXTUAL_APPLICATION.has(mediaType.subtype) || mediaType.subtype.endsWith('+xml'));
}

export default defineRule({
  meta: {
    id: 'content/charset-mismatch',
    category: 'content',
    severity: 'warning',
    title: 'body does not decode in the charset its Content-Type declares',
    ref: { label: 'RFC 9110 §8.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3.2' },
    why: 'Browsers and HTTP libraries decode text with the declared charset: bytes that are not valid in it become U+FFFD (mojibake such as "caf�"), and a label no browser knows is ignored, so the encoding is guessed from the locale.',
    fix: 'Declare the charset the bytes are really in (usually `charset=utf-8`), or re-encode the content to match the label; use a WHATWG Encoding label (utf-8, windows-1252, shift_jis …).',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || !mayHaveBody(res) || res.contentLength === 0) return [];
    if (!res.complete || res.status === 205 || res.status === 206) return [];
    const mediaType = mediaTypeOf(res);
    const label = mediaType?.parameters.get('charset');
    // JSON has no charset parameter (RFC 8259 §11): its encoding is content/json-not-utf8's business. Binary and
    // multipart types may carry bytes no charset describes, whatever their parameter says.
    if (!mediaType || label === undefined || isJsonMediaType(mediaType) || !isTextual(mediaType)) return [];
    const header = headersNamed(res.headers, 'content-type')[0]!;
    const transferCoded = transferCodedReason(res);
    if (transferCoded) return context.notEvaluated(transferCoded);
    const decoded = decodedContentOf(exchange, context.maxBody);
    if (!decoded.ok) return decoded.skipped ? context.notEvaluated(decoded.reason.replace(/; not checked$/, '')) : [];
    // A byte order mark overrides the label in browsers (WHATWG Encoding "decode").
    const bom = bomEncoding(decoded.bytes);
    const result = bom ? decodeStrict(decoded.bytes.subarray(bom.length), bom.encoding) : decodeStrict(decoded.bytes, label);
    if (result.ok === true) return [];
    if (result.ok === 'unsupported') return context.notEvaluated(`charset ${label} (${result.encoding}) cannot be decoded here (Node's TextDecoder lacks it)`);
    if (result.ok === 'replacement') {
      return [
        {
          message: `charset "${label}" maps to the WHATWG "replacement" encoding: browsers refuse to decode it and show the whole body as one U+FFFD`,
          evidence: headerEvidence(header),
          location: headerLocation(header),
        },
      ];
    }
    if (result.ok === 'unknown-label') {
      return [
        {
          message: `charset "${label}" is not an encoding label browsers know (WHATWG Encoding): they ignore it and guess the encoding`,
          evidence: headerEvidence(header),
          location: headerLocation(header),
          severity: 'info',
        },
      ];
    }
    const at = result.offset + (bom?.length ?? 0);
    const coded = decoded.codings.length > 0;
    const wire = coded ? undefined : wireOffsetOf(res, at);
    const where = coded ? `byte ${at} of the decoded content` : `byte ${at} of the content (received byte ${wire ?? res.headerEnd})`;
    const declared = bom ? `its byte order mark says ${bom.encoding}, which overrides charset=${label}` : `Content-Type says charset=${label}`;
    return [
      {
        message: `the body is not valid ${result.encoding} (${declared}): ${where} does not decode, and clients show U+FFFD there`,
        evidence: `${headerEvidence(header)}; at ${where}: ${bytesEvidence(decoded.bytes.subarray(at, at + 12), decoded.bytes.length - at, 12)}`,
        location: { part: 'body', offset: wire ?? res.headerEnd },
      },
    ];
  },
});
