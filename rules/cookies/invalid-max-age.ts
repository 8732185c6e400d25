import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { parseMaxAge } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

// Max-Age=0 and leading zeros are valid (1*DIGIT); "-1" is outside the server grammar but every browser reads it
// as "delete now" (§5.6.2), a common idiom: neither is reported.
export default defineRule({
  meta: {
    id: 'cookies/invalid-max-age',
    category: 'cookies',
    severity: 'warning',
    title: 'Cookie Max-Age is not a number of seconds',
    ref: { label: 'RFC 6265bis §5.6.2', url: `${SPEC}#section-5.6.2` },
    why: 'Browsers ignore a Max-Age that is empty or not an integer ("1h", "3600.0", "\\"60\\""): the cookie falls back to Expires or becomes a session cookie, and a deletion does not happen.',
    fix: 'Send Max-Age as whole seconds (`Max-Age=3600`; `Max-Age=0` deletes the cookie).',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      for (const attribute of field.cookie.attributes) {
        if (attribute.name.toLowerCase() !== 'max-age') continue;
        const parsed = parseMaxAge(attribute.value);
        if (parsed.ok) continue;
        const shown = attribute.value === '' ? 'an empty Max-Age' : `Max-Age "${printable(attribute.value, 40)}"`;
        findings.push(finding(field, `${cookieLabel(field.cookie)} has ${shown} (${parsed.reason}); browsers ignore the attribute`, attribute));
      }
    }
    return findings;
  },
});
