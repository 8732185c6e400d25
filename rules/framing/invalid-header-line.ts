import { defineRule } from '../../src/engine/rule';
import { anomaliesOf, anomalyEvidence, lineLocation } from './_anomaly';

export default defineRule({
  meta: {
    id: 'framing/invalid-header-line',
    category: 'framing',
    severity: 'error',
    title: 'malformed header line',
    ref: { label: 'RFC 9110 §5.1, §5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.5' },
    needs: ['http1-syntax'],
    why: 'A header line without a colon, with a name that is not a token, or with a control character in its value is invalid. Node/undici and many proxies reject the whole response; lenient clients drop or misread the line, so the header does not mean what the server intended (and CR/NUL in values are classic injection vectors).',
    fix: 'Send header names made of token characters only (letters, digits, "-" …) followed directly by ":"; strip or encode control characters (CR, LF, NUL …) from values, especially values taken from user input.',
  },
  check(exchange) {
    return anomaliesOf(exchange, 'invalid-header-line').map((a) => ({
      message: a.detail,
      evidence: anomalyEvidence(a),
      location: lineLocation(exchange, a),
    }));
  },
});
