import { defineRule } from '../../src/engine/rule';
import { anomaliesOf, anomalyEvidence } from './_anomaly';

// Covers both a malformed status line the parser could still read and bytes that are not HTTP at all
// (then exchange.response is absent and the anomaly names the first line received).
export default defineRule({
  meta: {
    id: 'framing/invalid-status-line',
    category: 'framing',
    severity: 'error',
    title: 'invalid status line',
    ref: { label: 'RFC 9112 §4', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-4' },
    needs: ['http1-syntax'],
    why: 'Clients identify an HTTP response by its status line "HTTP/1.1 200 OK". A malformed one (no space after the code, bad version, code outside 100–599) is rejected by strict clients such as Node/undici, and a reply that is not HTTP at all (a TLS alert, another protocol\'s banner, an HTTP/0.9 body) fails in every client.',
    fix: 'Start the response with "HTTP/1.1", a space, a three-digit status code, a space and an optional reason phrase (e.g. "HTTP/1.1 200 OK\\r\\n"). If the reply is not HTTP, check the port and scheme (http vs https) and what is listening there.',
  },
  check(exchange) {
    return anomaliesOf(exchange, 'invalid-status-line').map((a) => ({
      message: exchange.response ? a.detail : `${a.detail}; no HTTP response could be read`,
      evidence: anomalyEvidence(a),
      location: {
        part: (exchange.interim ?? []).some((m) => m.offset === a.offset) ? 'interim' : 'status-line',
        ...(a.offset === undefined ? {} : { offset: a.offset }),
      },
      ...(a.severity ? { severity: a.severity } : {}),
    }));
  },
});
