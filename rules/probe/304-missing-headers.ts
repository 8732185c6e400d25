import { defineRule } from '../../src/engine/rule';
import { headerEvidence, missingHeaderEvidence, statusLineLocation } from '../../src/engine/evidence';
import { missingFrom, probeAnswer } from './_probe';

// RFC 9110 §15.4.5: what a 304 must carry when the 200 to the same request would have.
const REQUIRED = ['Cache-Control', 'Content-Location', 'Date', 'ETag', 'Expires', 'Vary'];

export default defineRule({
  meta: {
    id: 'probe/304-missing-headers',
    category: 'probe',
    severity: 'warning',
    title: '304 Not Modified omits header fields the 200 carried',
    ref: { label: 'RFC 9110 §15.4.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5' },
    why: 'A cache updates its stored response with the 304\'s header fields; a 304 that drops Cache-Control, ETag or Vary leaves the cache with stale freshness or keys it wrongly (a dropped Vary serves one variant to every client).',
    fix: 'Send the same Cache-Control, Content-Location, Date, ETag, Expires and Vary on a 304 as on the 200 it stands for (nginx: a 304 drops Vary unless the module adding it runs for 304 too; Jetty fixed the same bug).',
  },
  check(exchange, context) {
    const answer = probeAnswer(exchange, context, 'conditional', ['If-None-Match', 'If-Modified-Since'], [304]);
    if (!answer) return [];
    if ('notEvaluated' in answer) return context.notEvaluated(answer.notEvaluated);
    const { res, baseline } = answer;
    return missingFrom(baseline, res, REQUIRED).map((had) => ({
      message: `the 304 has no ${had.name}, which the 200 carried (${had.value}): a cache updating from this 304 loses it`,
      evidence: `${missingHeaderEvidence(res, had.name)}; the 200 had ${headerEvidence(had)}`,
      location: statusLineLocation(res),
    }));
  },
});
