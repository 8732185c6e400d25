import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { SPEC, cookieLabel, finding, hasSecure, isDeletion, responseTime, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/missing-secure',
    category: 'cookies',
    severity: 'info',
    title: 'Cookie set over https without Secure',
    ref: { label: 'RFC 6265bis §8.3, §4.1.2.5', url: `${SPEC}#section-4.1.2.5` },
    why: 'A cookie without Secure is also sent over plain http: one request to http:// (a typed URL, an old link, an attacker on the network) exposes it, and a network attacker can overwrite it. A site served over https rarely needs that.',
    fix: 'Add `Secure` to cookies set by an https site (Express `cookie: { secure: true }`, Django `SESSION_COOKIE_SECURE = True`, …).',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    if (exchange.target.scheme !== 'https') return [];
    const now = responseTime(exchange);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      if (hasSecure(field.cookie) || isDeletion(field.cookie, now) || field.cookie.name === '') continue;
      findings.push(finding(field, `${cookieLabel(field.cookie)} is set over https without Secure: browsers also send it over plain http`));
    }
    return findings;
  },
});
