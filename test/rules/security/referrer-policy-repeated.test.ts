import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/referrer-policy-repeated', {
  fires: [
    {
      name: 'app and proxy disagree',
      input: res(['Referrer-Policy: no-referrer', 'Referrer-Policy: unsafe-url']),
      severity: 'warning',
      message: 'Referrer-Policy appears on 2 lines with different policies; browsers apply the last one, unsafe-url',
      evidence: 'Referrer-Policy: no-referrer at byte 17; Referrer-Policy: unsafe-url at byte 47',
      location: { part: 'header', offset: 47, header: 'Referrer-Policy' },
    },
  ],
  quiet: [
    { name: 'the same policy twice', input: res(['Referrer-Policy: same-origin', 'Referrer-Policy: same-origin']) },
    { name: 'a fallback list on one line', input: res(['Referrer-Policy: no-referrer, strict-origin-when-cross-origin']) },
  ],
});
