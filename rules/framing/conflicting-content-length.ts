import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { contentLengthOf } from '../../src/http1/framing';

// Values that are all valid numbers but differ. (A value that is not a number at all is
// framing/invalid-content-length instead, so one header is never reported twice.)
export default defineRule({
  meta: {
    id: 'framing/conflicting-content-length',
    category: 'framing',
    severity: 'error',
    title: 'Content-Length values conflict',
    ref: { label: 'RFC 9112 §6.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3' },
    why: 'With different Content-Length values the message length is undefined: a recipient must treat the response as unrecoverable, and clients that pick the first or the last value split the stream in different places (response splitting and cache poisoning through proxies). Node, curl and browsers reject such responses.',
    fix: 'Send exactly one Content-Length with the real body length; look for middleware or a proxy that adds a second one after the body changed (e.g. after compression).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const reading = contentLengthOf(res.headers);
    if (reading?.problem !== 'conflicting') return [];
    const lines = headersNamed(res.headers, 'content-length');
    const distinct = [...new Set(reading.values.map(Number))];
    return [
      {
        message: `Content-Length has ${distinct.length} different values: ${distinct.join(', ')}`,
        evidence: lines.map(headerEvidence).join('; '),
        location: headerLocation(lines[0]!),
      },
    ];
  },
});
