import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { cookieDomain, defaultPath, lastAttribute, type CookieAttribute } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, hasSecure, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

// Browsers match the prefixes case-insensitively (§5.4) and check them after the other attributes (§5.7 steps 20–22).
export default defineRule({
  meta: {
    id: 'cookies/invalid-prefix',
    category: 'cookies',
    severity: 'error',
    title: 'Cookie breaks the rules of its __Secure- or __Host- prefix',
    ref: { label: 'RFC 6265bis §4.1.3, §5.7', url: `${SPEC}#section-4.1.3` },
    why: 'A cookie named `__Secure-…` must be Secure; a `__Host-…` cookie must be Secure, have Path=/ and no Domain. Browsers reject a prefixed cookie that breaks these rules outright, so the login or CSRF token it carries is never stored.',
    fix: 'For `__Host-` cookies send exactly `Secure; Path=/` and no Domain; for `__Secure-` cookies add `Secure`; or drop the prefix if the cookie cannot meet its rules.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const { cookie } = field;
      const lowerName = cookie.name.toLowerCase();
      if (cookie.name === '') {
        const lowerValue = cookie.value.toLowerCase();
        const prefix = ['__secure-', '__host-'].find((p) => lowerValue.startsWith(p));
        if (prefix) {
          findings.push(finding(field, `a nameless cookie whose value starts with the prefix "${cookie.value.slice(0, prefix.length)}": browsers reject it`));
        }
        continue;
      }
      const problems: string[] = [];
      let culprit: CookieAttribute | undefined;
      const isHost = lowerName.startsWith('__host-');
      if (!isHost && !lowerName.startsWith('__secure-')) continue;
      if (!hasSecure(cookie)) problems.push('it lacks Secure');
      if (isHost) {
        const domain = lastAttribute(cookie, 'domain');
        if (domain && cookieDomain(domain.value) !== '') {
          problems.push(`it has ${domain.text} (a __Host- cookie must be host-only)`);
          culprit = domain;
        }
        const path = lastAttribute(cookie, 'path');
        const effective = path && path.value.startsWith('/') ? path.value : defaultPath(exchange.request.target);
        if (!path) problems.push('it has no Path=/');
        else if (effective !== '/') {
          problems.push(`its path is "${effective}", not "/"`);
          culprit ??= path;
        }
      }
      if (problems.length === 0) continue;
      const prefix = isHost ? '__Host-' : '__Secure-';
      findings.push(finding(field, `${cookieLabel(cookie)} has the ${prefix} prefix but ${problems.join(' and ')}: browsers reject the whole cookie`, hasSecure(cookie) ? culprit : undefined));
    }
    return findings;
  },
});
