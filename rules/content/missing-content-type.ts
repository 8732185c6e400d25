import { defineRule } from '../../src/engine/rule';
import { bytesEvidence } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { contentHead, mayHaveBody } from './_body';

export default defineRule({
  meta: {
    id: 'content/missing-content-type',
    category: 'content',
    severity: 'warning',
    title: 'Response has content but no Content-Type',
    ref: { label: 'RFC 9110 §8.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3' },
    why: 'Without Content-Type a recipient has to guess: browsers sniff the bytes (and refuse to with X-Content-Type-Options: nosniff), while API clients fall back to application/octet-stream and hand back raw bytes instead of parsed JSON or text.',
    fix: 'Send a Content-Type naming the media type of every non-empty body, e.g. `Content-Type: application/json` or `Content-Type: text/html; charset=utf-8`.',
  },
  check(exchange) {
    const res = exchange.response;
    // HEAD, 204 and 304 have no body by framing: bytes after them are extra, reported by framing rules.
    if (!res || !mayHaveBody(res) || res.contentLength <= 0) return [];
    if (headersNamed(res.headers, 'content-type').length > 0) return [];
    return [
      {
        message: `the response carries a ${res.contentLength}-byte body but no Content-Type`,
        evidence: `body at byte ${res.headerEnd}: ${bytesEvidence(contentHead(exchange, res), res.contentLength)}`,
        location: { part: 'body', offset: res.headerEnd },
      },
    ];
  },
});
