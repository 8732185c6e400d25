import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { parseCookieDate } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, setCookiesOf, validMaxAge, STRIPPED, setCookiesStripped } from './_cookies';

// Browsers read Expires with the lenient cookie-date algorithm, not as an HTTP-date: "Thu, 01-Jan-1970 00:00:01 GMT"
// (the old Netscape form many frameworks still send) is fine for them, so only values they cannot read are reported.
export default defineRule({
  meta: {
    id: 'cookies/invalid-expires',
    category: 'cookies',
    severity: 'warning',
    title: 'Cookie Expires is not a date browsers can read',
    ref: { label: 'RFC 6265bis §5.1.1, §5.6.1', url: `${SPEC}#section-5.6.1` },
    why: 'A browser ignores an Expires attribute it cannot parse as a cookie-date: a cookie meant to persist becomes a session cookie, and a deletion (Expires in the past) does not delete anything.',
    fix: 'Write Expires as an IMF-fixdate in GMT (`Expires=Wed, 21 Oct 2026 07:28:00 GMT`) or use `Max-Age=<seconds>`, which browsers prefer.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const hasMaxAge = validMaxAge(field.cookie) !== undefined;
      for (const attribute of field.cookie.attributes) {
        if (attribute.name.toLowerCase() !== 'expires') continue;
        const parsed = parseCookieDate(attribute.value);
        if (parsed.ok) continue;
        const shown = attribute.value === '' ? 'an empty Expires' : `Expires "${printable(attribute.value, 60)}"`;
        findings.push(
          hasMaxAge
            ? finding(field, `${cookieLabel(field.cookie)} has ${shown}, which is not a date (${parsed.reason}); browsers use its valid Max-Age instead, clients without Max-Age support keep a session cookie`, attribute, 'info')
            : finding(field, `${cookieLabel(field.cookie)} has ${shown}, which is not a date (${parsed.reason}); browsers ignore it and keep a session cookie`, attribute),
        );
      }
    }
    return findings;
  },
});
