import { defineRule } from '../../src/engine/rule';
import { bytesEvidence, headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { decodedContentOf, mediaTypeOf } from '../../src/http/content';
import { jsonContainerOf, mayHaveBody, utf8TextOf } from './_body';

const TEXT_TYPES = new Set(['text/html', 'text/plain']);

export default defineRule({
  meta: {
    id: 'content/json-mislabeled',
    category: 'content',
    severity: 'warning',
    title: 'JSON body labelled as text/html or text/plain',
    ref: { label: 'RFC 9110 §8.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3' },
    why: 'Clients decide by Content-Type whether to parse: axios, requests and generated API clients hand back a string instead of an object, and `fetch` code checking the type rejects it. Labelled text/html, JSON that echoes user input is rendered as HTML by a browser opening the URL (a reflected XSS vector).',
    fix: 'Send `Content-Type: application/json` with JSON bodies (e.g. Express `res.json(...)` instead of `res.send(JSON.stringify(...))`).',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || !mayHaveBody(res) || !res.complete || res.contentLength === 0 || res.status === 206) return [];
    const mediaType = mediaTypeOf(res);
    if (!mediaType || !TEXT_TYPES.has(mediaType.essence)) return [];
    const decoded = decodedContentOf(exchange, context.maxBody);
    if (!decoded.ok) return decoded.skipped ? context.notEvaluated(decoded.reason.replace(/; not checked$/, '')) : [];
    const container = jsonContainerOf(utf8TextOf(decoded.bytes).text);
    if (!container) return [];
    const header = headersNamed(res.headers, 'content-type')[0]!;
    return [
      {
        message: `the body is a JSON ${container} but Content-Type says ${mediaType.essence}`,
        evidence: `${headerEvidence(header)}; ${decoded.codings.length > 0 ? 'decoded ' : ''}body: ${bytesEvidence(decoded.bytes, decoded.bytes.length, 24)}`,
        location: headerLocation(header),
      },
    ];
  },
});
