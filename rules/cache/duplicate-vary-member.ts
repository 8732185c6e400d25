import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { varyMembersOf } from './_vary';

// Field names compare case-insensitively, across all Vary lines.
export default defineRule({
  meta: {
    id: 'cache/duplicate-vary-member',
    category: 'cache',
    severity: 'info',
    title: 'Vary lists the same field more than once',
    ref: { label: 'RFC 9110 §12.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5' },
    why: 'A field named twice in Vary changes nothing for a correct cache, but it shows that two layers (a middleware and a proxy, or two middlewares) each add their own Vary, and caches that compare Vary values textually may treat otherwise identical responses as different variants.',
    fix: 'Add each field once: use an append-if-missing helper (Express `res.vary()`, Django `patch_vary_headers`) instead of adding a Vary line per layer.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const seen = new Map<string, ReturnType<typeof varyMembersOf>[number]>();
    const reported = new Set<string>();
    const findings = [];
    for (const m of varyMembersOf(res)) {
      const earlier = seen.get(m.lower);
      if (!earlier) {
        seen.set(m.lower, m);
        continue;
      }
      if (reported.has(m.lower)) continue;
      reported.add(m.lower);
      const evidence = earlier.header === m.header ? headerEvidence(m.header) : `${headerEvidence(earlier.header)}; ${headerEvidence(m.header)}`;
      findings.push({
        message: `Vary lists ${m.name} more than once`,
        evidence,
        location: headerLocation(m.header),
      });
    }
    return findings;
  },
});
