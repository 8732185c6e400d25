import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { ONE_YEAR, duration, effectiveMaxAge, has, hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-preload-requirements',
    category: 'security',
    severity: 'warning',
    title: 'HSTS preload is asked for without includeSubDomains or a one-year max-age',
    ref: { label: 'HSTS preload list: submission requirements', url: 'https://hstspreload.org/#submission-requirements' },
    why: 'The `preload` directive asks browsers\' built-in HSTS preload list to include the domain, which requires max-age of at least 31536000 s and includeSubDomains; without them the submission is refused (or the domain is removed), so the protection you announce never ships.',
    fix: 'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains; preload` once every subdomain serves https, or drop `preload`.',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts || !has(hsts, 'preload')) return [];
    const maxAge = effectiveMaxAge(hsts);
    if (maxAge === undefined || maxAge === 0) return [];
    const missing: string[] = [];
    if (!has(hsts, 'includesubdomains')) missing.push('includeSubDomains');
    if (maxAge < ONE_YEAR) missing.push(`max-age of at least 31536000 (it is ${maxAge}, ${duration(maxAge)})`);
    if (missing.length === 0) return [];
    return [
      {
        message: `Strict-Transport-Security asks for preload without ${missing.join(' and ')}; the preload list refuses it`,
        evidence: headerEvidence(hsts.header),
        location: headerLocation(hsts.header),
      },
    ];
  },
});
