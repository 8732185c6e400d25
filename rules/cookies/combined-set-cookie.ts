import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { joinedCookies } from '../../src/http/setCookie';
import { SPEC, STRIPPED, cookieLabel, pieceEvidence, pieceLocation, setCookiesOf, setCookiesStripped } from './_cookies';

// Set-Cookie is the one field that cannot be combined into a comma-separated list (RFC 9110 §5.3): its values
// contain commas (Expires dates). A field holding ", name=" was folded by a proxy or library.
export default defineRule({
  meta: {
    id: 'cookies/combined-set-cookie',
    category: 'cookies',
    severity: 'error',
    title: 'Several cookies joined into one Set-Cookie field',
    ref: { label: 'RFC 6265bis §4.1.1 (and RFC 9110 §5.3)', url: `${SPEC}#section-4.1.1` },
    why: 'Each cookie needs its own Set-Cookie field: browsers read a field only up to its first ";" as the cookie, so in "a=1; Path=/, b=2" the cookie b never exists (it becomes part of a\'s Path). This happens when a proxy, a serverless gateway or code using Headers.get() folds repeated Set-Cookie fields with ", ".',
    fix: 'Send one Set-Cookie field per cookie: use `getSetCookie()` / multi-value headers (API Gateway `multiValueHeaders`, Lambda `cookies`), and never join Set-Cookie values with commas.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const joined = joinedCookies(field.header.value);
      if (joined.length === 0) continue;
      const first = joined[0]!;
      const names = joined.map((j) => `"${printable(j.name, 40)}"`).join(', ');
      findings.push({
        message: `this Set-Cookie holds ${cookieLabel(field.cookie)} and, after ", ", ${names}: browsers read one cookie and lose ${joined.length === 1 ? 'the other' : 'the others'}`,
        evidence: pieceEvidence(field, field.header.value.slice(first.offset, first.offset + 40), first.offset),
        location: pieceLocation(field, first.offset),
      });
    }
    return findings;
  },
});
