import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence } from '../../src/engine/evidence';
import { headersNamed, type ResponseMessage } from '../../src/exchange';
import { decodedContentOf, mediaTypeOf } from '../../src/http/content';
import { isJsonMediaType } from '../../src/http/mediaType';
import { KNOWN_CODINGS, mayHaveBody, utf16or32Of, utf8TextOf, wireOffsetOf } from './_body';
import { printable } from '../../src/engine/evidence';
import { jsonErrorAt } from './_json';

export default defineRule({
  meta: {
    id: 'content/invalid-json',
    category: 'content',
    severity: 'error',
    title: 'JSON response body does not parse',
    ref: { label: 'RFC 8259', url: 'https://www.rfc-editor.org/rfc/rfc8259' },
    why: 'Clients trust a JSON media type and parse the body: `response.json()` in browsers and Node rejects, axios and requests raise, and generated API clients fail with a parse error instead of returning data, often hiding the real error page the server sent.',
    fix: 'Serialize the body with a real JSON encoder (no trailing commas, single quotes, NaN or comments), make sure nothing else (debug output, an HTML error page) is written into the response, or label non-JSON bodies with their real media type.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || !mayHaveBody(res)) return [];
    // A truncated body is the framing rules' finding; 205 must be empty and 206 holds only part of the document.
    if (!res.complete || res.status === 205 || res.status === 206) return [];
    const mediaType = mediaTypeOf(res);
    if (!mediaType || !isJsonMediaType(mediaType)) return [];
    const typeHeader = headersNamed(res.headers, 'content-type')[0]!;

    if (res.contentLength === 0) {
      return [
        {
          message: `the body is empty, and an empty document is not JSON (Content-Type says ${mediaType.essence})`,
          evidence: `${headerEvidence(typeHeader)}; 0-byte body at byte ${res.headerEnd}`,
          location: { part: 'body', offset: res.headerEnd },
        },
      ];
    }

    const decoded = decodedContentOf(exchange, context.maxBody);
    if (!decoded.ok) {
      // A broken content-coding is content/invalid-content-encoding's finding.
      if (!decoded.skipped) return [];
      return context.notEvaluated(notCheckedReason(decoded.codings, decoded.reason));
    }
    // JSON in UTF-16/32 is content/json-not-utf8's finding: read as UTF-8 it could never parse.
    if (utf16or32Of(decoded.bytes)) return [];
    const { text, bom } = utf8TextOf(decoded.bytes);
    try {
      JSON.parse(text);
      return [];
    } catch (err) {
      // Anything but a SyntaxError (e.g. RangeError on absurd nesting) says nothing about the body.
      if (!(err instanceof SyntaxError)) return context.notEvaluated(`JSON.parse failed: ${String(err)}`);
    }
    return [invalid(res, text, bom, decoded.codings.length > 0, mediaType.essence)];
  },
});

/** Why the JSON could not be checked: a coding httpinspect does not decode, or a body past --max-body. */
function notCheckedReason(codings: string[], reason: string): string {
  const unknown = codings.filter((c) => !KNOWN_CODINGS.has(c));
  return unknown.length > 0 ? `the body is content-coded with ${unknown.map((c) => `"${c}"`).join(', ')}, which httpinspect does not decode` : reason.replace(/; not checked$/, '');
}

function invalid(res: ResponseMessage, text: string, bom: number, coded: boolean, essence: string): RuleFinding {
  const error = jsonErrorAt(text) ?? { index: 0, problem: 'JSON.parse rejects it' };
  const byte = bom + Buffer.byteLength(text.slice(0, error.index), 'utf8');
  const before = text.slice(0, error.index);
  const line = before.split('\n').length;
  const column = error.index - before.lastIndexOf('\n');
  const where = coded ? `byte ${byte} of the decoded content` : `byte ${byte} of the content`;
  const start = Math.max(0, error.index - 24);
  const excerpt = `${start > 0 ? '…' : ''}${printable(text.slice(start, error.index), Infinity, true)}⟦here⟧${printable(text.slice(error.index, error.index + 24), Infinity, true)}${error.index + 24 < text.length ? '…' : ''}`;
  const blank = text.trim() === '';
  // Offsets map to the wire only when no content-coding sits between the bytes and the text.
  const offset = coded ? res.headerEnd : (wireOffsetOf(res, byte) ?? res.headerEnd);
  return {
    message: blank
      ? `the body holds only whitespace, which is not JSON (Content-Type says ${essence})`
      : `the body is not valid JSON (Content-Type says ${essence}): ${error.problem} at ${where} (line ${line}, column ${column})`,
    evidence: `at ${where}${coded ? '' : ` (received byte ${offset})`}: ${excerpt}`,
    location: { part: 'body', offset },
  };
}
