import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { referrerPolicyOf } from './_referrer';

export default defineRule({
  meta: {
    id: 'security/referrer-policy-unsafe-url',
    category: 'security',
    severity: 'warning',
    title: 'Referrer-Policy unsafe-url sends full URLs to every site',
    ref: { label: 'Referrer Policy: unsafe-url', url: 'https://www.w3.org/TR/referrer-policy/#referrer-policy-unsafe-url' },
    why: 'unsafe-url sends the full URL (path and query, which often hold tokens, e-mail addresses or search terms) as Referer to every origin, even from https pages to plain http ones where anyone on the network can read it.',
    fix: 'Use `strict-origin-when-cross-origin` (the browser default) or `no-referrer`; if a partner needs the path, consider `origin-when-cross-origin` or pass the data explicitly.',
  },
  check(exchange) {
    const policy = referrerPolicyOf(exchange);
    if (policy?.effective !== 'unsafe-url') return [];
    return [
      {
        message: 'Referrer-Policy unsafe-url leaks full URLs (path and query) to every site, including over plain http',
        evidence: headerEvidence(policy.effectiveLine!),
        location: headerLocation(policy.effectiveLine!),
      },
    ];
  },
});
