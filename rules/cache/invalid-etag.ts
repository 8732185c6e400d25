import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseEntityTag } from '../../src/http/entityTag';

export default defineRule({
  meta: {
    id: 'cache/invalid-etag',
    category: 'cache',
    severity: 'error',
    title: 'ETag is not a valid entity-tag',
    ref: { label: 'RFC 9110 §8.8.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3' },
    why: 'Clients echo the ETag in If-None-Match / If-Match; an unquoted or malformed tag is ignored by strict caches and may never match on the server, so conditional requests and lost-update protection silently stop working.',
    fix: 'Send the tag in double quotes, optionally with the weak prefix: `ETag: "33a64df5"` or `ETag: W/"33a64df5"`, using no spaces, double quotes or control characters inside.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'etag')) {
      const parsed = parseEntityTag(h.value);
      if (parsed.ok) continue;
      findings.push({
        message: `ETag ${h.value === '' ? '(empty)' : h.value.slice(0, 200)} is not a valid entity-tag: ${parsed.reason}`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
