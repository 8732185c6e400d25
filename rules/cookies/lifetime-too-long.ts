import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { parseCookieDate, parseMaxAge } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, responseTime, setCookiesOf, validMaxAge, STRIPPED, setCookiesStripped } from './_cookies';

const LIMIT_SECONDS = 400 * 86400; // 34,560,000 s
const SKEW_SECONDS = 60; // Date and Expires may be computed a moment apart

export default defineRule({
  meta: {
    id: 'cookies/lifetime-too-long',
    category: 'cookies',
    severity: 'warning',
    title: 'Cookie lifetime is longer than 400 days',
    ref: { label: 'RFC 6265bis §5.5', url: `${SPEC}#section-5.5` },
    why: 'Browsers cap a cookie\'s lifetime at 400 days (Chrome since 2022, the limit 6265bis recommends): a "forever" Max-Age or an Expires in 2099 silently becomes 400 days, so long-lived preferences or remember-me tokens expire earlier than the server expects.',
    fix: 'Use a lifetime of at most 400 days (Max-Age=34560000) and refresh the cookie when the user returns if it must live longer.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    const now = responseTime(exchange);
    for (const field of setCookiesOf(exchange)) {
      const { cookie } = field;
      const maxAge = validMaxAge(cookie);
      if (maxAge !== undefined) {
        if (maxAge <= LIMIT_SECONDS) continue;
        const attr = [...cookie.attributes].reverse().find((a) => a.name.toLowerCase() === 'max-age' && parseMaxAge(a.value).ok)!;
        findings.push(finding(field, `${cookieLabel(cookie)} asks for a lifetime of ${days(maxAge)} days (Max-Age=${attr.value}); browsers cap it at 400 days`, attr));
        continue;
      }
      const attr = [...cookie.attributes].reverse().find((a) => a.name.toLowerCase() === 'expires' && parseCookieDate(a.value).ok);
      if (!attr) continue;
      const seconds = ((parseCookieDate(attr.value) as { date: Date }).date.getTime() - now) / 1000;
      if (seconds <= LIMIT_SECONDS + SKEW_SECONDS) continue;
      findings.push(finding(field, `${cookieLabel(cookie)} expires ${days(seconds)} days after the response's date; browsers cap it at 400 days`, attr));
    }
    return findings;
  },
});

function days(seconds: number): string {
  return Math.round(seconds / 86400).toLocaleString('en-US');
}
