import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { checkUriReference } from '../../src/http/uriReference';

export default defineRule({
  meta: {
    id: 'headers/invalid-location',
    category: 'headers',
    severity: 'error',
    title: 'Location is not a valid URI reference',
    ref: { label: 'RFC 9110 §10.2.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2' },
    why: 'Location must be a URI-reference (RFC 3986). Clients repair invalid ones differently (browsers percent-encode spaces and non-ASCII, curl and HTTP libraries may reject the redirect or request a different URL), so the redirect lands in different places or fails.',
    fix: 'Percent-encode every character outside the URI character set (space as %20, non-ASCII as its UTF-8 bytes, e.g. é as %C3%A9), write "%" itself as %25, and build the value with a URL library rather than string concatenation.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'location')) {
      const result = checkUriReference(h.value);
      if (result.ok) continue;
      findings.push({
        message: `Location ${JSON.stringify(h.value.length > 200 ? `${h.value.slice(0, 200)}…` : h.value)} is not a valid URI reference: ${result.reason}`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
