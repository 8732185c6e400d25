import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'cache/vary-star',
    category: 'cache',
    severity: 'warning',
    title: 'Vary: * makes the response unreusable',
    ref: { label: 'RFC 9110 §12.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5' },
    why: '`Vary: *` says the response depends on things outside the request headers, so a cache can never match a later request to it (RFC 9111 §4.1): browsers and CDNs store it for nothing or refuse to store it, and conditional revalidation cannot help.',
    fix: 'List the request headers the response really depends on (e.g. `Vary: Accept-Encoding, Accept-Language`), or send `Cache-Control: no-store` / `private` if it must not be shared.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'vary')) {
      const members = h.value.split(',').map((m) => m.trim());
      if (!members.includes('*')) continue;
      findings.push({
        message: members.length > 1
          ? `Vary lists "*" among other fields (${h.value.slice(0, 200)}): "*" alone decides, and no later request can match this response`
          : 'Vary: * means no later request can match this response in a cache',
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
