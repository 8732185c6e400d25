import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { contentLengthOf } from '../../src/http1/framing';

// Identical values are recoverable (RFC 9110 §8.6 lets a recipient use the value), hence only a warning.
export default defineRule({
  meta: {
    id: 'framing/duplicate-content-length',
    category: 'framing',
    severity: 'warning',
    title: 'Content-Length repeated with the same value',
    ref: { label: 'RFC 9110 §8.6', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    why: 'Content-Length is a single value. Repeated identical values are tolerated by lenient clients, but strict parsers and some proxies reject the response (e.g. as a possible smuggling attempt), and it usually means two layers set the header independently.',
    fix: 'Send Content-Length once, as a single number; find the second layer (framework, middleware, proxy) that adds it again.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const reading = contentLengthOf(res.headers);
    if (!reading || reading.problem || reading.values.length < 2) return [];
    const lines = headersNamed(res.headers, 'content-length');
    const how = lines.length > 1 ? `${lines.length} Content-Length lines repeat` : 'a Content-Length list repeats';
    return [
      {
        message: `${how} the same value ${reading.length} (${reading.values.length} times)`,
        evidence: lines.map(headerEvidence).join('; '),
        location: headerLocation(lines[lines.length > 1 ? 1 : 0]!),
      },
    ];
  },
});
