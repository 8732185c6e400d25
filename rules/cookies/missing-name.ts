import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { SPEC, finding, pieceEvidence, pieceLocation, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

// Browsers accept a nameless cookie ("=abc", or "abc" without "="): it is stored with an empty name and sent back
// as `Cookie: abc`. Servers must not produce one (§4.1.1); with neither name nor value the cookie is ignored (§5.7).
export default defineRule({
  meta: {
    id: 'cookies/missing-name',
    category: 'cookies',
    severity: 'warning',
    title: 'Set-Cookie without a cookie name',
    ref: { label: 'RFC 6265bis §4.1.1, §5.7', url: `${SPEC}#section-4.1.1` },
    why: 'A Set-Cookie without "name=" creates a nameless cookie that browsers send back as a bare value (`Cookie: abc`), which most server frameworks cannot read and which any other nameless cookie overwrites; with neither name nor value, browsers ignore the field.',
    fix: 'Always send `name=value` (e.g. `Set-Cookie: theme=dark; Path=/`); check that the code building the header did not lose the name.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const { cookie } = field;
      if (cookie.name !== '') continue;
      if (cookie.value === '') {
        findings.push({ ...finding(field, 'Set-Cookie has neither a name nor a value: browsers ignore it'), severity: 'error' });
        continue;
      }
      findings.push({
        message: cookie.hasEquals
          ? `Set-Cookie "${printable(cookie.pair, 40)}" has an empty name: browsers store a nameless cookie and send it back as a bare value`
          : `Set-Cookie "${printable(cookie.pair, 40)}" has no "=": browsers store a nameless cookie with value "${printable(cookie.value, 40)}"`,
        evidence: pieceEvidence(field, cookie.pair, cookie.pairOffset),
        location: pieceLocation(field, cookie.pairOffset),
      });
    }
    return findings;
  },
});
