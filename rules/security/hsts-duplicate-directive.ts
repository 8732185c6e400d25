import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-duplicate-directive',
    category: 'security',
    severity: 'error',
    title: 'A Strict-Transport-Security directive appears twice',
    ref: { label: 'RFC 6797 §6.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-6.1' },
    why: 'All directives MUST appear only once (RFC 6797 §6.1 item 2); browsers (Chromium, Firefox) reject the whole field when max-age or includeSubDomains is repeated, so `max-age=600; max-age=31536000` leaves the site without HSTS. Other repeated directives (preload) are a warning.',
    fix: 'Send each directive once; when two layers (app and proxy) both build the value, let only one of them set Strict-Transport-Security.',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts || hsts.syntaxError) return [];
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const d of hsts.directives) {
      if (seen.has(d.name) && !reported.has(d.name)) {
        reported.add(d.name);
        const count = hsts.directives.filter((x) => x.name === d.name).length;
        const known = d.name === 'max-age' || d.name === 'includesubdomains';
        findings.push({
          message: known
            ? `HSTS directive ${d.written} appears ${count} times; browsers ignore the whole policy`
            : `HSTS directive ${d.written} appears ${count} times; each directive must appear once (RFC 6797 §6.1)`,
          evidence: headerEvidence(hsts.header),
          location: headerLocation(hsts.header),
          ...(known ? {} : { severity: 'warning' as const }),
        });
      }
      seen.add(d.name);
    }
    return findings;
  },
});
