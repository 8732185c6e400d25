import { defineRule } from '../../src/engine/rule';
import { statusLineLocation } from '../../src/engine/evidence';
import { answerEvidence, checkedOf, failedReason, isProbe, requestHeader, skippedReason, valueOf } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/last-modified-not-honored',
    category: 'probe',
    severity: 'warning',
    title: 'If-Modified-Since with the current Last-Modified gets a full 200 again',
    ref: { label: 'RFC 9110 §13.1.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.3' },
    why: 'Caches and crawlers that only have Last-Modified revalidate with If-Modified-Since; answering 200 with the whole body when nothing changed turns every revalidation into a full download.',
    fix: 'When If-Modified-Since is a valid date not earlier than the resource\'s Last-Modified (and no If-None-Match was sent), answer 304 Not Modified without a body.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'conditional', ['If-Modified-Since']);
    if (skipped) return context.notEvaluated(skipped);
    if (!isProbe(exchange, 'conditional', 'If-Modified-Since')) return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    if (res.status !== 200) return [];
    const sent = requestHeader(exchange, 'if-modified-since')!;
    // A later Last-Modified on the 200 means the resource changed in between: then 200 is right.
    const now = valueOf(res.headers, 'last-modified');
    const before = checkedOf(exchange, context)?.response;
    if (now !== undefined && before && now !== valueOf(before.headers, 'last-modified')) return [];
    return [
      {
        message: `If-Modified-Since: ${sent.value} is the resource's own Last-Modified, yet the server answered 200 with the full body instead of 304`,
        evidence: answerEvidence(sent, res),
        location: statusLineLocation(res),
      },
    ];
  },
});
