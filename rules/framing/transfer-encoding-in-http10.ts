import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'framing/transfer-encoding-in-http10',
    category: 'framing',
    severity: 'warning',
    title: 'Transfer-Encoding in an HTTP/1.0 response',
    ref: { label: 'RFC 9112 §6.1', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.1' },
    needs: ['http1-syntax'],
    why: 'HTTP/1.0 has no transfer codings: an HTTP/1.0 recipient treats the chunk framing as part of the body, and RFC 9112 tells recipients of an HTTP/1.0 message with Transfer-Encoding to treat the framing as faulty and close the connection afterwards.',
    fix: 'Answer with an HTTP/1.1 status line when using chunked encoding, or keep HTTP/1.0 and send Content-Length (or close the connection to end the body).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.httpVersion !== '1.0') return [];
    const lines = headersNamed(res.headers, 'transfer-encoding');
    if (lines.length === 0) return [];
    return [
      {
        message: `an HTTP/1.0 response carries ${lines[0]!.name}: ${lines[0]!.value}`,
        evidence: `${res.statusLine.slice(0, 100)}; ${lines.map(headerEvidence).join('; ')}`,
        location: headerLocation(lines[0]!),
      },
    ];
  },
});
