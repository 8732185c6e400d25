import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import type { Item } from '../../src/http/structuredFields';
import { permissionsPolicyOf } from './_permissions';

/** Why an allowlist member is not `*`, `self` or an origin string, or undefined when it is one. */
function problem(item: Item): string | undefined {
  const bare = item.bare;
  if (bare.type === 'token') {
    if (bare.value === '*' || bare.value === 'self') return undefined;
    if (bare.value === 'none') return 'the token none is not an allowlist member (write () for "no origin")';
    if (bare.value === 'src') return 'src applies only in an iframe allow attribute';
    return `the token ${bare.value} is not an allowlist member (only * and self are)`;
  }
  if (bare.type === 'string') {
    if (bare.value === 'self' || bare.value === '*') return `"${bare.value}" is a string; write the token ${bare.value} without quotes`;
    try {
      const url = new URL(bare.value);
      if (url.origin !== 'null') return undefined;
    } catch {
      // not a URL
    }
    return `"${bare.value}" is not an origin (scheme://host[:port])`;
  }
  return `a ${bare.type} is not an allowlist member`;
}

export default defineRule({
  meta: {
    id: 'security/permissions-policy-invalid-allowlist',
    category: 'security',
    severity: 'warning',
    title: 'A Permissions-Policy allowlist has a member browsers skip',
    ref: { label: 'Permissions Policy: the Permissions-Policy header', url: 'https://www.w3.org/TR/permissions-policy/#permissions-policy-http-header-field' },
    why: 'An allowlist member must be `*`, `self` or a quoted origin; browsers silently skip anything else (`none`, `"self"`, `src`, a bare host), so the feature ends up allowed for fewer (or other) origins than intended.',
    fix: 'Write `feature=()` for none, `feature=self`, `feature=*`, or `feature=(self "https://partner.example")`.',
  },
  check(exchange) {
    const policy = permissionsPolicyOf(exchange);
    if (!policy?.parsed.ok) return [];
    const findings: RuleFinding[] = [];
    for (const [feature, member] of policy.parsed.value) {
      const items = member.kind === 'inner-list' ? member.items : [member];
      for (const item of items) {
        const why = problem(item);
        if (!why) continue;
        const line = policy.lines.find((h) => h.value.includes(feature)) ?? policy.lines[0]!;
        findings.push({ message: `Permissions-Policy ${feature}: ${why}; browsers skip it`, evidence: headerEvidence(line), location: headerLocation(line) });
      }
    }
    return findings;
  },
});
