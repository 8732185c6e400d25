import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { OBSOLETE_ATTRIBUTES } from '../../src/http/setCookie';
import { cookieLabel, finding, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

const OBSOLETE = new Map(OBSOLETE_ATTRIBUTES.map((a) => [a.toLowerCase(), a]));

export default defineRule({
  meta: {
    id: 'cookies/obsolete-attribute',
    category: 'cookies',
    severity: 'info',
    title: 'Obsolete cookie attribute (RFC 2109/2965)',
    ref: { label: 'RFC 6265 §9.4 (Set-Cookie2 of RFC 2965 is obsolete)', url: 'https://www.rfc-editor.org/rfc/rfc6265#section-9.4' },
    why: 'Version, Comment, CommentURL, Discard and Port come from RFC 2109/2965 (Set-Cookie2), which browsers never adopted and RFC 6265 obsoleted; SameParty was a Chromium experiment since removed. Browsers ignore them, so anything the server relies on them for does not happen.',
    fix: 'Remove the attribute (e.g. `Version=1` from old Java and Python cookie libraries); for Discard-like behaviour omit Expires and Max-Age (a session cookie).',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      for (const attribute of field.cookie.attributes) {
        const known = OBSOLETE.get(attribute.name.toLowerCase());
        if (!known) continue;
        findings.push(finding(field, `${cookieLabel(field.cookie)} has the obsolete attribute ${known}: browsers ignore it`, attribute));
      }
    }
    return findings;
  },
});
