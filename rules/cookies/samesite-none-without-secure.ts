import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { lastAttribute } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, hasSecure, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/samesite-none-without-secure',
    category: 'cookies',
    severity: 'error',
    title: 'SameSite=None cookie without Secure',
    ref: { label: 'RFC 6265bis §5.7 (step 19)', url: `${SPEC}#section-5.7` },
    why: 'Browsers ignore a cookie with SameSite=None unless it also has Secure (Chrome since 2020, Firefox and Safari too): the cookie is never stored, so cross-site embeds, SSO and payment flows that rely on it silently lose their session.',
    fix: 'Add `Secure` to every `SameSite=None` cookie (and serve the site over https); if the cookie is not needed cross-site, use `SameSite=Lax` instead.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const sameSite = lastAttribute(field.cookie, 'samesite');
      if (!sameSite || sameSite.value.toLowerCase() !== 'none' || hasSecure(field.cookie)) continue;
      findings.push(finding(field, `${cookieLabel(field.cookie)} has SameSite=None without Secure: browsers reject the whole cookie`, sameSite));
    }
    return findings;
  },
});
