import { defineRule } from '../../src/engine/rule';
import { plural } from '../../src/engine/evidence';
import { anomaliesOf, anomalyEvidence, locationAt } from './_anomaly';

// One finding for the whole response: a server that ends one line with a bare LF usually ends them all.
export default defineRule({
  meta: {
    id: 'framing/bare-lf',
    category: 'framing',
    severity: 'warning',
    title: 'lines end in LF without CR',
    ref: { label: 'RFC 9112 §2.2', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-2.2' },
    needs: ['http1-syntax'],
    why: 'HTTP/1.1 lines end in CRLF. Most clients accept a bare LF, but strict parsers and some proxies reject the response or split lines differently, which is a known source of request/response smuggling.',
    fix: 'End the status line and every header line with "\\r\\n", and the header block with an empty "\\r\\n" line; check code that writes the head by hand (e.g. with "\\n" or a platform line separator).',
  },
  check(exchange) {
    const found = anomaliesOf(exchange, 'bare-lf');
    if (found.length === 0) return [];
    const first = found[0]!;
    return [
      {
        message: `${plural(found.length, 'line')} end${found.length === 1 ? 's' : ''} in LF without CR; the first is at byte ${first.offset ?? '?'}`,
        evidence: anomalyEvidence(first),
        location: locationAt(exchange, first.offset),
      },
    ];
  },
});
