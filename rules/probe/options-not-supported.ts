import { defineRule } from '../../src/engine/rule';
import { statusLineLocation } from '../../src/engine/evidence';
import { answerEvidence, failedReason, isProbe, skippedReason } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/options-not-supported',
    category: 'probe',
    severity: 'info',
    title: 'OPTIONS is refused (405 or 501)',
    ref: { label: 'RFC 9110 §9.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.7' },
    why: 'OPTIONS is how clients discover what a resource supports (its Allow) and how browsers send CORS preflights; a resource that refuses it cannot be discovered, and cross-origin requests that need a preflight fail.',
    fix: 'Answer OPTIONS with 204 (or 200) and an Allow listing the supported methods; frameworks do it when OPTIONS is routed (Express: app.options, Spring: automatic), nginx needs an explicit location rule.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'options', ['OPTIONS']);
    if (skipped) return context.notEvaluated(skipped);
    if (!isProbe(exchange, 'options')) return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    if (res.status !== 405 && res.status !== 501) return [];
    return [
      {
        message: `OPTIONS ${exchange.request.target} was answered ${res.status} ${res.reason}: the resource does not say which methods it supports`,
        evidence: answerEvidence(`OPTIONS ${exchange.request.target}`, res),
        location: statusLineLocation(res),
      },
    ];
  },
});
