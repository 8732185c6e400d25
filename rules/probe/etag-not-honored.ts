import { defineRule } from '../../src/engine/rule';
import { statusLineLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { parseEntityTag, weakMatch } from '../../src/http/entityTag';
import { answerEvidence, failedReason, isProbe, requestHeader, skippedReason } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/etag-not-honored',
    category: 'probe',
    severity: 'warning',
    title: 'If-None-Match with the current ETag gets a full 200 again',
    ref: { label: 'RFC 9110 §13.1.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2' },
    why: 'Browsers, CDNs and HTTP caches revalidate with If-None-Match; a server that answers 200 with the whole body for an ETag that still matches makes every revalidation a full download, so the ETag costs bytes and saves nothing.',
    fix: 'Compare If-None-Match with the current ETag (weak comparison) and answer 304 Not Modified without a body when one matches; most frameworks do this when their conditional-GET support is switched on.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'conditional', ['If-None-Match']);
    if (skipped) return context.notEvaluated(skipped);
    if (!isProbe(exchange, 'conditional', 'If-None-Match')) return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    if (res.status !== 200) return [];
    const sent = requestHeader(exchange, 'if-none-match')!;
    const tag = parseEntityTag(sent.value.trim());
    // A different ETag on the 200 means the representation changed in between: then 200 is right.
    const now = headerNamed(res.headers, 'etag');
    const parsedNow = now ? parseEntityTag(now.value) : undefined;
    if (tag.ok && parsedNow?.ok && !weakMatch(tag.tag, parsedNow.tag)) return [];
    return [
      {
        message: `If-None-Match: ${sent.value} matches the current ETag, yet the server answered 200 with the full body instead of 304`,
        evidence: answerEvidence(sent, res),
        location: statusLineLocation(res),
      },
    ];
  },
});
