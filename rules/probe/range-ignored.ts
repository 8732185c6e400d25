import { defineRule } from '../../src/engine/rule';
import { statusLineLocation } from '../../src/engine/evidence';
import { answerEvidence, checkedOf, failedReason, isProbe, listOf, requestHeader, skippedReason } from './_probe';
import { parseSentRange } from './_range';

export default defineRule({
  meta: {
    id: 'probe/range-ignored',
    category: 'probe',
    severity: 'warning',
    title: 'A Range request for part of the body gets the whole body (200)',
    ref: { label: 'RFC 9110 §14.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.2' },
    why: 'Download managers, video players and resumable downloads ask for byte ranges; when the server advertises Accept-Ranges: bytes but sends the whole body, resuming restarts from zero and seeking in media downloads everything.',
    fix: 'Either serve byte ranges (206 Partial Content with Content-Range) or stop advertising them (drop Accept-Ranges: bytes, or send Accept-Ranges: none).',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'range', ['Range']);
    if (skipped) return context.notEvaluated(skipped);
    if (!isProbe(exchange, 'range')) return [];
    const sent = requestHeader(exchange, 'range');
    // The range past the end is unsatisfiable-range's to judge.
    const kind = sent ? parseSentRange(sent.value)?.kind : undefined;
    if (!sent || (kind !== 'inside' && kind !== 'suffix')) return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    if (res.status !== 200) return [];
    const advertised = listOf(checkedOf(exchange, context)?.response?.headers ?? [], 'accept-ranges');
    if (advertised.includes('none')) return [];
    const claims = advertised.includes('bytes');
    return [
      {
        message: claims
          ? `the resource advertises Accept-Ranges: bytes, but ${sent.raw} got the whole body (200)`
          : `${sent.raw} got the whole body (200): the resource does not support range requests`,
        evidence: answerEvidence(sent, res),
        location: statusLineLocation(res),
        severity: claims ? 'warning' : 'info',
      },
    ];
  },
});
