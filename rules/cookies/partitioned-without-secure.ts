import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { lastAttribute } from '../../src/http/setCookie';
import { cookieLabel, finding, hasSecure, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/partitioned-without-secure',
    category: 'cookies',
    severity: 'error',
    title: 'Partitioned cookie without Secure',
    ref: { label: 'CHIPS: draft-cutler-httpbis-partitioned-cookies', url: 'https://datatracker.ietf.org/doc/html/draft-cutler-httpbis-partitioned-cookies' },
    why: 'A cookie with the Partitioned attribute must also be Secure; browsers that implement partitioned cookies (CHIPS) reject it otherwise, so the embedded widget that relied on it has no state.',
    fix: 'Send `Secure` with `Partitioned` (usually together with `SameSite=None`), over https.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const partitioned = lastAttribute(field.cookie, 'partitioned');
      if (!partitioned || hasSecure(field.cookie)) continue;
      findings.push(finding(field, `${cookieLabel(field.cookie)} is Partitioned without Secure: browsers reject the whole cookie`, partitioned));
    }
    return findings;
  },
});
