import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { SPEC, cookieLabel, finding, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

const VALUES = ['strict', 'lax', 'none'];

export default defineRule({
  meta: {
    id: 'cookies/invalid-samesite',
    category: 'cookies',
    severity: 'warning',
    title: 'Cookie SameSite value is not Strict, Lax or None',
    ref: { label: 'RFC 6265bis §5.6.7', url: `${SPEC}#section-5.6.7` },
    why: 'Browsers treat an unknown SameSite value ("true", "no_restriction", an empty value) as if SameSite were absent: Chromium then applies Lax, other browsers None, so the cookie is sent, or withheld, on cross-site requests differently from what the server asked.',
    fix: 'Send exactly one of `SameSite=Strict`, `SameSite=Lax` or `SameSite=None` (the last with `Secure`).',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      for (const attribute of field.cookie.attributes) {
        if (attribute.name.toLowerCase() !== 'samesite' || VALUES.includes(attribute.value.toLowerCase())) continue;
        const shown = attribute.value === '' ? 'SameSite without a value' : `SameSite="${printable(attribute.value, 40)}"`;
        findings.push(finding(field, `${cookieLabel(field.cookie)} has ${shown}: browsers ignore it and apply their default (Lax in Chromium, None elsewhere)`, attribute));
      }
    }
    return findings;
  },
});
