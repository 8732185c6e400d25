import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { probeAnswer } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/304-changed-validator',
    category: 'probe',
    severity: 'warning',
    title: '304 Not Modified carries a different ETag than the response it validates',
    ref: { label: 'RFC 9111 §4.3.4', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-4.3.4' },
    why: 'A 304 says the stored response is still current, yet a different ETag says it is another representation: caches select stored responses by that ETag, so they may update the wrong one or none, and the next revalidation sends a tag the server never gave for that content.',
    fix: 'Send on the 304 exactly the ETag of the representation it confirms (the one the request matched); compute it the same way for 200 and 304.',
  },
  check(exchange, context) {
    const answer = probeAnswer(exchange, context, 'conditional', ['If-None-Match', 'If-Modified-Since'], [304]);
    if (!answer) return [];
    if ('notEvaluated' in answer) return context.notEvaluated(answer.notEvaluated);
    const { res, baseline } = answer;
    const now = headerNamed(res.headers, 'etag');
    const before = headerNamed(baseline.headers, 'etag');
    if (!now || !before || now.value.trim() === before.value.trim()) return [];
    return [
      {
        message: `the 304 carries ETag ${now.value}, but the 200 it validates had ${before.value}`,
        evidence: `${headerEvidence(now)}; the 200 had ${headerEvidence(before)}`,
        location: headerLocation(now),
      },
    ];
  },
});
