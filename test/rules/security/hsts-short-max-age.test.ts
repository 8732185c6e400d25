import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-short-max-age', {
  fires: [
    {
      name: 'one day',
      input: res(['Strict-Transport-Security: max-age=86400']),
      severity: 'info',
      message: 'Strict-Transport-Security max-age=86400 (1 day) is under one year (31536000 s); the policy lapses between infrequent visits',
      evidence: 'Strict-Transport-Security: max-age=86400 at byte 17',
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    { name: "httplint's \"one year\" of 1536000 s is under 18 days", input: res(['Strict-Transport-Security: max-age=1536000; includeSubDomains']), message: '(17.8 days)' },
    { name: 'one second short of a year', input: res(['Strict-Transport-Security: max-age=31535999']), message: 'max-age=31535999' },
  ],
  quiet: [
    { name: 'exactly one year (31536000 s)', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload']) },
    { name: 'two years', input: res(['Strict-Transport-Security: max-age=63072000']) },
    { name: 'max-age=0 (its own rule)', input: res(['Strict-Transport-Security: max-age=0']) },
    { name: 'short with preload (the preload rule speaks)', input: res(['Strict-Transport-Security: max-age=86400; includeSubDomains; preload']) },
  ],
});
