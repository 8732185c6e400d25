import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';
import { cacheControlOf } from '../../src/http/cacheControl';

// The obsolete rfc850 and asctime formats are HTTP-dates (recipients must accept them), so only values
// that are no HTTP-date at all are reported here. `Expires: 0` (or -1) is the "already expired" idiom whose
// meaning RFC 9111 §5.3 defines ("especially the value 0"): quiet when Cache-Control max-age/s-maxage makes
// caches ignore Expires or no-store/no-cache says the same thing (Spring Security's defaults), advice otherwise.
const OVERRIDING = new Set(['max-age', 's-maxage', 'no-store', 'no-cache']);
export default defineRule({
  meta: {
    id: 'cache/invalid-expires',
    category: 'cache',
    severity: 'warning',
    title: 'Expires is not an HTTP-date',
    ref: { label: 'RFC 9111 §5.3', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-5.3' },
    why: 'Caches must treat an invalid Expires (commonly "0" or "-1") as a time in the past, so the response is stale at once; if a real lifetime was meant, it is lost, and other parsers may disagree on what the value means.',
    fix: 'Send an IMF-fixdate (`Expires: Sun, 06 Nov 1994 08:49:37 GMT`), or better use `Cache-Control: max-age=<seconds>`; to mark the response as already expired use `Cache-Control: no-cache` (or max-age=0) instead of `Expires: 0`.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    const overridden = cacheControlOf(res.headers).directives.some((d) => OVERRIDING.has(d.name));
    for (const h of headersNamed(res.headers, 'expires')) {
      const parsed = parseHttpDate(h.value);
      if (parsed.ok) continue;
      const shown = h.value === '' ? '(empty)' : `"${h.value.slice(0, 100)}"`;
      const alreadyExpired = /^(0|-\d+)$/.test(h.value.trim());
      if (alreadyExpired && overridden) continue;
      findings.push({
        message: alreadyExpired
          ? `Expires ${shown} is not an HTTP-date; caches treat it as already expired (RFC 9111 §5.3), which Cache-Control: no-cache says explicitly`
          : `Expires ${shown} is not an HTTP-date (${parsed.reason}); caches treat it as already expired`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
        ...(alreadyExpired ? { severity: 'info' as const } : {}),
      });
    }
    return findings;
  },
});
