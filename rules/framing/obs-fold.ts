import { defineRule } from '../../src/engine/rule';
import { anomaliesOf, anomalyEvidence, lineLocation, printable } from './_anomaly';

export default defineRule({
  meta: {
    id: 'framing/obs-fold',
    category: 'framing',
    severity: 'error',
    title: 'obsolete line folding in a header',
    ref: { label: 'RFC 9112 §5.2', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-5.2' },
    needs: ['http1-syntax'],
    why: 'Line folding (a header line starting with a space or tab that continues the previous one) is obsolete: a server must not send it. Node/undici reject the response, browsers and proxies differ on whether the continuation joins the previous header or starts a new one, which makes the header value ambiguous.',
    fix: 'Put each header value on a single line; encode or strip CR/LF in values that come from data (and join multi-line values with spaces or commas before sending).',
  },
  check(exchange) {
    const lines = [...(exchange.interim ?? []), ...(exchange.response ? [exchange.response] : [])].flatMap((m) => [...m.headers, ...m.trailers]);
    return anomaliesOf(exchange, 'obs-fold').map((a) => {
      const location = lineLocation(exchange, a);
      // Name the header the folded line continues: the field line that now holds it.
      const owner = a.offset === undefined ? undefined : [...lines].reverse().find((h) => h.offset < a.offset! && h.raw.includes(`\r\n${a.evidence ?? ''}`));
      return {
        message: a.detail,
        evidence: owner ? `${anomalyEvidence(a)}, continuing "${printable(owner.raw.split('\r\n')[0]!, 100)}" at byte ${owner.offset}` : anomalyEvidence(a),
        location: location && owner ? { ...location, header: owner.name } : location,
      };
    });
  },
});
