import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed, headersNamed } from '../../src/exchange';
import { cacheControlOf, deltaSecondsOf } from '../../src/http/cacheControl';
import { parseHttpDate } from '../../src/http/httpDate';

const ONE_YEAR = 31_536_000;

// An Age over a year is plausible only for a response whose explicit freshness (max-age, s-maxage, or
// Expires minus Date) is at least that long, such as a long-lived immutable asset; then it stays quiet. Invalid values are cache/invalid-age's.
export default defineRule({
  meta: {
    id: 'cache/implausible-age',
    category: 'cache',
    severity: 'warning',
    title: 'Age is implausibly large (more than a year)',
    ref: { label: 'RFC 9111 §5.1', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-5.1' },
    why: 'An Age of more than a year, beyond any freshness the response declares, almost always comes from a bug (a timestamp or milliseconds written as seconds, or a stale object stuck in a cache). Every downstream cache takes it at face value and treats the response as long stale, so it is revalidated or refetched on every use.',
    fix: 'Find the layer that writes Age (a CDN, Varnish, a proxy, or application code copying upstream headers) and make it send the seconds the response has spent in caches; origin servers should not send Age.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const lifetimes = cacheControlOf(res.headers)
      .directives.filter((d) => d.name === 'max-age' || d.name === 's-maxage')
      .map((d) => deltaSecondsOf(d) ?? 0);
    const expires = headerNamed(res.headers, 'expires');
    const date = headerNamed(res.headers, 'date');
    if (expires && date) {
      const e = parseHttpDate(expires.value);
      const d = parseHttpDate(date.value);
      if (e.ok && d.ok) lifetimes.push((e.date.getTime() - d.date.getTime()) / 1000);
    }
    const declared = Math.max(0, ...lifetimes);
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'age')) {
      if (!/^\d+$/.test(h.value)) continue;
      const age = Number(h.value);
      if (age <= ONE_YEAR || age <= declared) continue;
      const years = age / ONE_YEAR;
      findings.push({
        message: `Age ${h.value} is ${years >= 100 ? 'more than a century' : `${years.toFixed(1)} years`}${declared > 0 ? `, far beyond the declared freshness of ${declared} s` : ''}: probably a timestamp or milliseconds written as seconds`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
