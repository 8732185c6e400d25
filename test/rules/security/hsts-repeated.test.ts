import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-repeated', {
  fires: [
    {
      name: 'app and proxy send different policies',
      input: res(['Strict-Transport-Security: max-age=600', 'Strict-Transport-Security: max-age=31536000; includeSubDomains']),
      severity: 'warning',
      message: 'Strict-Transport-Security appears on 2 lines with different values; only the first ("max-age=600") is applied',
      evidence: 'Strict-Transport-Security: max-age=600 at byte 17; Strict-Transport-Security: max-age=31536000; includeSubDomains at byte 57',
      location: { part: 'header', offset: 57, header: 'Strict-Transport-Security' },
    },
  ],
  quiet: [
    { name: 'identical lines from two layers', input: res(['Strict-Transport-Security: max-age=31536000', 'strict-transport-security: max-age=31536000']) },
    { name: 'one line', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains']) },
  ],
});
