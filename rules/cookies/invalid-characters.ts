import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { cookieNameProblem, cookieValueProblem } from '../../src/http/setCookie';
import { SPEC, cookieLabel, pieceEvidence, pieceLocation, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/invalid-characters',
    category: 'cookies',
    severity: 'warning',
    title: 'Cookie name or value has characters outside the cookie grammar',
    ref: { label: 'RFC 6265bis §4.1.1, §5.6', url: `${SPEC}#section-4.1.1` },
    why: 'Browsers store names and values with spaces, commas, quotes or backslashes, but servers reading them back do not agree: Python\'s http.cookies stops at the first bad character and drops the cookies after it, Go and Java frameworks reject or truncate them. A control character makes browsers ignore the cookie altogether.',
    fix: 'Encode cookie values (Base64url or percent-encoding) and use token characters for names (letters, digits, `-`, `_`, `.`…); never put raw JSON in a cookie.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const { cookie } = field;
      const evidence = pieceEvidence(field, cookie.pair, cookie.pairOffset);
      const location = pieceLocation(field, cookie.pairOffset);
      if (cookie.control) {
        const code = cookie.control.code.toString(16).padStart(2, '0');
        findings.push({
          message: `${cookieLabel(cookie)} contains control character 0x${code} at byte ${field.at(cookie.control.offset)}: browsers ignore the whole cookie`,
          evidence,
          location: pieceLocation(field, cookie.control.offset),
          severity: 'error',
        });
        continue;
      }
      const problem = cookieNameProblem(cookie.name) ?? cookieValueProblem(cookie.value);
      if (problem) findings.push({ message: `${cookieLabel(cookie)}: ${problem}`, evidence, location });
    }
    return findings;
  },
});
