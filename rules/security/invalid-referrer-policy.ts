import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { referrerPolicyOf } from './_referrer';

export default defineRule({
  meta: {
    id: 'security/invalid-referrer-policy',
    category: 'security',
    severity: 'error',
    title: 'Referrer-Policy names no policy browsers know',
    ref: { label: 'Referrer Policy: parse from the header', url: 'https://www.w3.org/TR/referrer-policy/#parse-referrer-policy-from-header' },
    why: 'Browsers skip unknown tokens and apply the last known one; when none is known the header is ignored and the default (strict-origin-when-cross-origin) applies, so the policy you meant (e.g. no-referrer) silently does not.',
    fix: 'Use one of no-referrer, no-referrer-when-downgrade, same-origin, origin, strict-origin, origin-when-cross-origin, strict-origin-when-cross-origin, unsafe-url; a list is fine (the last known token wins).',
  },
  check(exchange) {
    const policy = referrerPolicyOf(exchange);
    if (!policy || policy.effective) return [];
    const line = policy.lines[0]!;
    return [
      {
        message:
          policy.tokens.length === 0
            ? 'Referrer-Policy is empty; browsers apply their default policy'
            : `Referrer-Policy ${policy.tokens.map((t) => `"${t}"`).join(', ')} names no known policy; browsers ignore it and apply their default`,
        evidence: policy.lines.map(headerEvidence).join('; '),
        location: headerLocation(line),
      },
    ];
  },
});
