import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/invalid-x-frame-options', {
  fires: [
    {
      name: 'an unknown value',
      input: res(['X-Frame-Options: SAMEDOMAIN']),
      severity: 'error',
      message: 'X-Frame-Options "samedomain" is not DENY or SAMEORIGIN; browsers ignore it and allow framing',
      evidence: 'X-Frame-Options: SAMEDOMAIN at byte 17',
      location: { part: 'header', offset: 17, header: 'X-Frame-Options' },
    },
    { name: 'ALLOW-FROM (obsolete) is a warning', input: res(['X-Frame-Options: ALLOW-FROM https://partner.example']), severity: 'warning', message: 'ALLOW-FROM is obsolete' },
    {
      name: 'conflicting values from two layers',
      input: res(['X-Frame-Options: DENY', 'X-Frame-Options: SAMEORIGIN']),
      severity: 'warning',
      message: 'conflicting values (deny, sameorigin)',
      evidence: 'X-Frame-Options: DENY at byte 17; X-Frame-Options: SAMEORIGIN at byte 40',
    },
  ],
  quiet: [
    { name: 'sameorigin in lower case', input: res(['X-Frame-Options: sameorigin']) },
    { name: 'DENY', input: res(['X-Frame-Options: DENY']) },
    { name: 'SAMEORIGIN twice (app and proxy)', input: res(['X-Frame-Options: SAMEORIGIN', 'X-Frame-Options: SAMEORIGIN']) },
    { name: 'ALLOW-FROM beside CSP frame-ancestors (the legacy fallback idiom)', input: res(['X-Frame-Options: ALLOW-FROM https://partner.example', "Content-Security-Policy: frame-ancestors 'self' https://partner.example"]) },
  ],
});
