import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-max-age-zero', {
  fires: [
    {
      name: 'max-age=0 (a rollback)',
      input: res(['Strict-Transport-Security: max-age=0']),
      severity: 'info',
      message: 'legitimate for a rollback',
      evidence: 'Strict-Transport-Security: max-age=0 at byte 17',
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    { name: 'max-age=000 with includeSubDomains', input: res(['Strict-Transport-Security: max-age=000; includeSubDomains']) },
  ],
  quiet: [
    { name: 'one year', input: res(['Strict-Transport-Security: max-age=31536000']) },
    { name: 'max-age=0 in a policy browsers ignore anyway (duplicate)', input: res(['Strict-Transport-Security: max-age=0; max-age=0']) },
  ],
});
