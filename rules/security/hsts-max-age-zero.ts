import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { effectiveMaxAge, hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-max-age-zero',
    category: 'security',
    severity: 'info',
    title: 'Strict-Transport-Security max-age=0 deletes the policy',
    ref: { label: 'RFC 6797 §6.1.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-6.1.1' },
    why: 'max-age=0 tells browsers to forget the host as an HSTS host: that is the right way to roll HSTS back, but left in place it means connections are no longer forced to https.',
    fix: 'If the rollback is over, send a real lifetime again (`max-age=31536000`); if you meant to turn HSTS off, nothing to do.',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts || effectiveMaxAge(hsts) !== 0) return [];
    return [
      {
        message: 'Strict-Transport-Security max-age=0 removes the host from browsers\' HSTS list (legitimate for a rollback; otherwise https is no longer enforced)',
        evidence: headerEvidence(hsts.header),
        location: headerLocation(hsts.header),
      },
    ];
  },
});
