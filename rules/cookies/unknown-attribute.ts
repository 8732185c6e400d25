import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { KNOWN_ATTRIBUTES, OBSOLETE_ATTRIBUTES } from '../../src/http/setCookie';
import { closest } from '../../src/options/suggest';
import { SPEC, cookieLabel, finding, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

const KNOWN = new Set(KNOWN_ATTRIBUTES.map((a) => a.toLowerCase()));
const OBSOLETE = new Set(OBSOLETE_ATTRIBUTES.map((a) => a.toLowerCase()));
/** Attributes whose loss weakens the cookie: a misspelling of one of these is a warning. */
const PROTECTIVE = ['Secure', 'HttpOnly', 'SameSite', 'Partitioned'];

export default defineRule({
  meta: {
    id: 'cookies/unknown-attribute',
    category: 'cookies',
    severity: 'info',
    title: 'Cookie attribute that browsers do not know',
    ref: { label: 'RFC 6265bis §5.6', url: `${SPEC}#section-5.6` },
    why: 'Browsers silently ignore attributes they do not recognise: a misspelt `HttpOnly` or `SameSite` ("Http-Only", "Same-Site", "secured") leaves the cookie without the protection the code meant to give it.',
    fix: 'Spell the attribute as 6265bis defines it (Expires, Max-Age, Domain, Path, Secure, HttpOnly, SameSite; CHIPS adds Partitioned), or remove it.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      for (const attribute of field.cookie.attributes) {
        const name = attribute.name.toLowerCase();
        if (KNOWN.has(name) || OBSOLETE.has(name)) continue;
        if (attribute.name === '' && attribute.text === '') continue; // a stray ";" (e.g. a trailing "; "): nothing to ignore
        const shown = printable(attribute.name === '' ? attribute.text : attribute.name, 40);
        const meant = attribute.name === '' ? undefined : closest(attribute.name.replace(/[-_ ]/g, ''), PROTECTIVE);
        findings.push(
          meant
            ? finding(field, `${cookieLabel(field.cookie)} has the unknown attribute "${shown}" (did you mean ${meant}?): browsers ignore it, so the cookie is not ${meant}`, attribute, 'warning')
            : finding(field, `${cookieLabel(field.cookie)} has the unknown attribute "${shown}": browsers ignore it`, attribute),
        );
      }
    }
    return findings;
  },
});
