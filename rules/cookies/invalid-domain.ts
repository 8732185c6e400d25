import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { cookieDomain } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/invalid-domain',
    category: 'cookies',
    severity: 'warning',
    title: 'Cookie Domain is empty or not ASCII',
    ref: { label: 'RFC 6265bis §4.1.1, §5.6.3, §5.7', url: `${SPEC}#section-5.6.3` },
    why: 'An empty Domain (or a lone ".") is ignored, so the cookie becomes host-only and is not shared with the subdomains it was meant for; a Domain with non-ASCII characters makes browsers reject the whole cookie.',
    fix: 'Omit Domain for a host-only cookie, or send the registrable domain in ASCII (A-labels for IDNs): `Domain=example.com`.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      for (const attribute of field.cookie.attributes) {
        if (attribute.name.toLowerCase() !== 'domain') continue;
        if (cookieDomain(attribute.value) === '') {
          findings.push(finding(field, `${cookieLabel(field.cookie)} has an empty Domain: browsers ignore it and keep the cookie host-only`, attribute));
        } else if (/[^\x00-\x7f]/.test(attribute.value)) {
          findings.push(finding(field, `${cookieLabel(field.cookie)} has a Domain with non-ASCII characters: browsers reject the whole cookie (use the A-label, xn--…)`, attribute, 'error'));
        }
      }
    }
    return findings;
  },
});
