import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-invalid-max-age', {
  fires: [
    {
      name: 'no max-age',
      input: res(['Strict-Transport-Security: includeSubDomains']),
      severity: 'error',
      message: 'Strict-Transport-Security has no max-age directive (it is required); browsers ignore the policy',
      evidence: 'Strict-Transport-Security: includeSubDomains at byte 17',
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    { name: 'a unit suffix', input: res(['Strict-Transport-Security: max-age=1y']), message: 'max-age "1y" is not a number of seconds' },
    { name: 'a negative number', input: res(['Strict-Transport-Security: max-age=-1']), message: 'max-age "-1"' },
    { name: 'max-age without "="', input: res(['Strict-Transport-Security: max-age; includeSubDomains']), message: 'without "="' },
    { name: 'in any case: Max-Age=abc', input: res(['Strict-Transport-Security: Max-Age=abc']), message: 'max-age "abc"' },
  ],
  quiet: [
    { name: 'exactly one year', input: res(['Strict-Transport-Security: max-age=31536000']) },
    { name: 'two years, mixed-case name', input: res(['Strict-Transport-Security: MAX-AGE=63072000; includeSubDomains']) },
    { name: 'max-age=0 (a rollback, judged by hsts-max-age-zero)', input: res(['Strict-Transport-Security: max-age=0']) },
    { name: 'a syntax error is left to hsts-invalid-syntax', input: res(['Strict-Transport-Security: max-age=']) },
  ],
});
