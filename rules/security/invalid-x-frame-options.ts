import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { cspPolicies } from './_csp';

export default defineRule({
  meta: {
    id: 'security/invalid-x-frame-options',
    category: 'security',
    severity: 'error',
    title: 'X-Frame-Options has a value browsers ignore',
    ref: { label: 'HTML §X-Frame-Options', url: 'https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header' },
    why: 'Browsers recognise only DENY and SAMEORIGIN (case-insensitive); any other value, including the obsolete ALLOW-FROM, is ignored, so the page can be framed by any site (clickjacking). Conflicting values (DENY, SAMEORIGIN) make browsers block every frame.',
    fix: 'Send `X-Frame-Options: DENY` or `SAMEORIGIN`; to allow specific sites, use `Content-Security-Policy: frame-ancestors https://partner.example` instead.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const lines = headersNamed(res.headers, 'X-Frame-Options');
    if (lines.length === 0) return [];
    // CSP frame-ancestors makes browsers ignore X-Frame-Options (HTML: it is a legacy fallback then).
    if (cspPolicies(exchange).some((p) => p.directives.has('frame-ancestors'))) return [];
    const values = new Set(lines.flatMap((h) => h.value.split(',')).map((v) => v.trim().toLowerCase()));
    const evidence = lines.map(headerEvidence).join('; ');
    const location = headerLocation(lines[0]!);
    if (values.size > 1) {
      if (['deny', 'sameorigin', 'allowall'].some((v) => values.has(v))) {
        return [{ message: `X-Frame-Options has conflicting values (${[...values].join(', ')}); browsers then refuse every frame, same-origin ones included`, evidence, location, severity: 'warning' }];
      }
      return [{ message: `X-Frame-Options values ${[...values].join(', ')} are not DENY or SAMEORIGIN; browsers ignore them and allow framing`, evidence, location }];
    }
    const value = [...values][0]!;
    if (value === 'deny' || value === 'sameorigin' || value === 'allowall') return [];
    if (value.startsWith('allow-from')) {
      return [{ message: 'X-Frame-Options ALLOW-FROM is obsolete: current browsers ignore it and allow framing by any site; use CSP frame-ancestors', evidence, location, severity: 'warning' }];
    }
    return [{ message: `X-Frame-Options "${value}" is not DENY or SAMEORIGIN; browsers ignore it and allow framing`, evidence, location }];
  },
});
