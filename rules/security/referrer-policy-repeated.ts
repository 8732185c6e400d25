import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { POLICIES, referrerPolicyOf } from './_referrer';

export default defineRule({
  meta: {
    id: 'security/referrer-policy-repeated',
    category: 'security',
    severity: 'warning',
    title: 'Referrer-Policy is sent on several lines that disagree',
    ref: { label: 'Referrer Policy: parse from the header', url: 'https://www.w3.org/TR/referrer-policy/#parse-referrer-policy-from-header' },
    why: 'Browsers combine the lines and apply the last known token, so when the app and a proxy both set Referrer-Policy the one that happens to come last silently overrides the other.',
    fix: 'Set Referrer-Policy in one place; if you want a fallback chain, send one line listing the policies in order (`no-referrer, strict-origin-when-cross-origin`).',
  },
  check(exchange) {
    const policy = referrerPolicyOf(exchange);
    if (!policy || policy.lines.length < 2 || !policy.effective) return [];
    const lastKnown = policy.lines.map((line) => {
      const known = line.value.split(',').map((t) => t.trim().toLowerCase()).filter((t) => POLICIES.includes(t));
      return known[known.length - 1];
    });
    const distinct = new Set(lastKnown.filter((t) => t !== undefined));
    if (distinct.size < 2) return [];
    return [
      {
        message: `Referrer-Policy appears on ${policy.lines.length} lines with different policies; browsers apply the last one, ${policy.effective}`,
        evidence: policy.lines.map(headerEvidence).join('; '),
        location: headerLocation(policy.lines[1]!),
      },
    ];
  },
});
