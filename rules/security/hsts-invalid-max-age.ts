import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-invalid-max-age',
    category: 'security',
    severity: 'error',
    title: 'Strict-Transport-Security has no valid max-age',
    ref: { label: 'RFC 6797 §6.1.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-6.1.1' },
    why: 'max-age is REQUIRED and is delta-seconds (digits only); without a usable max-age browsers discard the policy, so the site is not remembered as https-only.',
    fix: 'Give max-age as a number of seconds: `Strict-Transport-Security: max-age=31536000; includeSubDomains` (one year).',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts || hsts.syntaxError) return [];
    const maxAge = hsts.directives.find((d) => d.name === 'max-age');
    let problem: string | undefined;
    if (!maxAge) problem = 'has no max-age directive (it is required)';
    else if (maxAge.value === undefined) problem = `has "${maxAge.text}" without "=" and a number of seconds`;
    else if (!/^[0-9]+$/.test(maxAge.value)) problem = `max-age "${maxAge.value}" is not a number of seconds (delta-seconds: digits only)`;
    if (!problem) return [];
    return [
      {
        message: `Strict-Transport-Security ${problem}; browsers ignore the policy`,
        evidence: headerEvidence(hsts.header),
        location: headerLocation(hsts.header),
      },
    ];
  },
});
