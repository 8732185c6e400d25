import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { defaultPath } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/invalid-path',
    category: 'cookies',
    severity: 'warning',
    title: 'Cookie Path is empty or does not start with "/"',
    ref: { label: 'RFC 6265bis §5.6.4', url: `${SPEC}#section-5.6.4` },
    why: 'Browsers replace a Path that is empty or does not start with "/" (a relative path, a full URL) by the default path, the directory of the request: the cookie is then sent on fewer (or other) pages than intended, and a deletion may miss the cookie it targets.',
    fix: 'Send an absolute path: `Path=/` for the whole site, or `Path=/app` for one section.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    const fallback = defaultPath(exchange.request.target);
    for (const field of setCookiesOf(exchange)) {
      for (const attribute of field.cookie.attributes) {
        if (attribute.name.toLowerCase() !== 'path' || attribute.value.startsWith('/')) continue;
        const shown = attribute.value === '' ? 'an empty Path' : `Path "${printable(attribute.value, 60)}"`;
        findings.push(finding(field, `${cookieLabel(field.cookie)} has ${shown}; browsers use the default path "${fallback}" instead`, attribute));
      }
    }
    return findings;
  },
});
