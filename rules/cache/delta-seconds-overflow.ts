import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { KNOWN_DIRECTIVES, cacheControlOf } from '../../src/http/cacheControl';

// RFC 9111 §1.2.2: a cache that cannot represent a delta-seconds value uses 2147483648 (2^31) instead. The
// value is legal; the advice is that anything past 2^31 means "forever" and is read as less by 32-bit caches.
// Age is left to cache/implausible-age.
const CAP = 2_147_483_648n;

export default defineRule({
  meta: {
    id: 'cache/delta-seconds-overflow',
    category: 'cache',
    severity: 'info',
    title: 'Cache-Control delta-seconds larger than 2^31',
    ref: { label: 'RFC 9111 §1.2.2', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-1.2.2' },
    why: 'Caches treat any delta-seconds they cannot represent as 2147483648 (2^31, about 68 years) (RFC 9111 §1.2.2); implementations that store seconds in a signed 32-bit integer overflow to a negative number instead and treat the response as stale. Nothing is gained beyond a year.',
    fix: 'Use one year for "forever": `Cache-Control: public, max-age=31536000, immutable`.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const d of cacheControlOf(res.headers).directives) {
      const kind = KNOWN_DIRECTIVES.get(d.name);
      if (kind !== 'delta-seconds' && kind !== 'optional-delta-seconds') continue;
      if (d.argument === undefined || d.quoted || !/^\d+$/.test(d.argument)) continue;
      if (BigInt(d.argument) <= CAP) continue;
      findings.push({
        message: `${d.text.slice(0, 60)} is larger than 2^31 (2147483648): caches cap it there, and 32-bit ones may overflow and treat the response as stale`,
        evidence: `${d.text.slice(0, 60)} in ${headerEvidence(d.header)}`,
        location: headerLocation(d.header),
      });
    }
    return findings;
  },
});
