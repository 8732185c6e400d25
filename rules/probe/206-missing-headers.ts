import { defineRule } from '../../src/engine/rule';
import { headerEvidence, missingHeaderEvidence, statusLineLocation } from '../../src/engine/evidence';
import { missingFrom, probeAnswer } from './_probe';

// RFC 9110 §15.3.7: what a 206 must carry when a 200 to the same request would have.
const REQUIRED = ['Date', 'Cache-Control', 'ETag', 'Expires', 'Content-Location', 'Vary'];

export default defineRule({
  meta: {
    id: 'probe/206-missing-headers',
    category: 'probe',
    severity: 'warning',
    title: '206 Partial Content omits header fields the 200 carried',
    ref: { label: 'RFC 9110 §15.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7' },
    why: 'Caches combine and store 206 parts using their ETag, Cache-Control and Vary, and resuming clients check the ETag to know the parts belong together; a 206 without them cannot be cached or safely combined.',
    fix: 'Send the same Date, Cache-Control, ETag, Expires, Content-Location and Vary on a 206 as on the 200 for the same request.',
  },
  check(exchange, context) {
    const answer = probeAnswer(exchange, context, 'range', ['Range'], [206]);
    if (!answer) return [];
    if ('notEvaluated' in answer) return context.notEvaluated(answer.notEvaluated);
    const { res, baseline } = answer;
    return missingFrom(baseline, res, REQUIRED).map((had) => ({
      message: `the 206 has no ${had.name}, which the 200 carried (${had.value})`,
      evidence: `${missingHeaderEvidence(res, had.name)}; the 200 had ${headerEvidence(had)}`,
      location: statusLineLocation(res),
    }));
  },
});
