import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-directive-with-value',
    category: 'security',
    severity: 'error',
    title: 'A valueless HSTS directive (includeSubDomains, preload) is given a value',
    ref: { label: 'RFC 6797 §6.1.2', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-6.1.2' },
    why: 'includeSubDomains takes no value; browsers (Chromium, Firefox) reject the whole Strict-Transport-Security field when it has one, so no policy is stored. `preload=…` is not recognised by the HSTS preload list, which then refuses the domain.',
    fix: 'Write the directives bare: `max-age=31536000; includeSubDomains; preload`, not `includeSubDomains=true`.',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts || hsts.syntaxError) return [];
    const findings: RuleFinding[] = [];
    for (const d of hsts.directives) {
      if (d.value === undefined || (d.name !== 'includesubdomains' && d.name !== 'preload')) continue;
      const preload = d.name === 'preload';
      findings.push({
        message: preload
          ? `HSTS directive "${d.text}" has a value; preload takes none, and the HSTS preload list does not accept it`
          : `HSTS directive "${d.text}" has a value; includeSubDomains takes none, and browsers ignore the whole policy`,
        evidence: headerEvidence(hsts.header),
        location: headerLocation(hsts.header),
        ...(preload ? { severity: 'warning' as const } : {}),
      });
    }
    return findings;
  },
});
