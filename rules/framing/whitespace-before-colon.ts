import { defineRule } from '../../src/engine/rule';
import { anomaliesOf, anomalyEvidence, lineLocation } from './_anomaly';

export default defineRule({
  meta: {
    id: 'framing/whitespace-before-colon',
    category: 'framing',
    severity: 'error',
    title: 'whitespace between a header name and its colon',
    ref: { label: 'RFC 9112 §5.1', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-5.1' },
    needs: ['http1-syntax'],
    why: 'No whitespace is allowed between a field name and the colon. Strict clients (Node/undici) reject the response, and lenient ones disagree on whether "Content-Length :" is Content-Length at all, which has been used for response smuggling.',
    fix: 'Write header lines as "Name: value" with the colon right after the name; check code that builds header lines by hand or pads names for alignment.',
  },
  check(exchange) {
    return anomaliesOf(exchange, 'whitespace-before-colon').map((a) => ({
      message: a.detail,
      evidence: anomalyEvidence(a),
      location: lineLocation(exchange, a),
    }));
  },
});
