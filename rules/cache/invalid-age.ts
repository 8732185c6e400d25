import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

// Age = delta-seconds (RFC 9111 §5.1). A list of valid numbers on one line ("Age: 5, 7") is the business of
// headers/duplicate-singleton; here only members that are no delta-seconds at all.
export default defineRule({
  meta: {
    id: 'cache/invalid-age',
    category: 'cache',
    severity: 'warning',
    title: 'Age is not a non-negative integer',
    ref: { label: 'RFC 9111 §5.1', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-5.1' },
    why: 'Age tells downstream caches how long the response has already been stored. Caches ignore an Age that is not a number of seconds (RFC 9111 §5.1), so they compute the response as fresher than it is and serve it past its real lifetime.',
    fix: 'Send Age only from a cache, as whole seconds: `Age: 120`. Origin servers normally send no Age at all; remove code or proxies that write "-1", decimals or dates into it.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'age')) {
      const members = h.value.split(',').map((m) => m.trim());
      const bad = members.find((m) => !/^\d+$/.test(m));
      if (bad === undefined) continue;
      findings.push({
        message: `Age ${bad === '' ? '(empty)' : `"${bad.slice(0, 80)}"`} is not a non-negative integer number of seconds: caches ignore it`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
