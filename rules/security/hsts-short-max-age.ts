import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { ONE_YEAR, duration, effectiveMaxAge, has, hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-short-max-age',
    category: 'security',
    severity: 'info',
    title: 'Strict-Transport-Security max-age is under one year',
    ref: { label: 'RFC 6797 §11.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-11.1' },
    why: 'A short max-age lets the policy lapse between visits: a user who comes back after it expired makes the first request over plain http again, which is exactly the SSL-stripping window HSTS exists to close. One year (31536000 s) is the common baseline and the preload list minimum.',
    fix: 'Once https works everywhere, raise it to at least one year: `Strict-Transport-Security: max-age=31536000; includeSubDomains`. (Short values are right while you roll out.)',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts || has(hsts, 'preload')) return []; // the preload rule speaks for preloaded policies
    const maxAge = effectiveMaxAge(hsts);
    if (maxAge === undefined || maxAge === 0 || maxAge >= ONE_YEAR) return [];
    return [
      {
        message: `Strict-Transport-Security max-age=${maxAge} (${duration(maxAge)}) is under one year (31536000 s); the policy lapses between infrequent visits`,
        evidence: headerEvidence(hsts.header),
        location: headerLocation(hsts.header),
      },
    ];
  },
});
