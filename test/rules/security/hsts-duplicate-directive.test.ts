import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-duplicate-directive', {
  fires: [
    {
      name: 'max-age twice',
      input: res(['Strict-Transport-Security: max-age=600; max-age=31536000']),
      count: 1,
      severity: 'error',
      message: 'HSTS directive max-age appears 2 times; browsers ignore the whole policy',
      evidence: 'Strict-Transport-Security: max-age=600; max-age=31536000 at byte 17',
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    { name: 'includeSubDomains twice in different case', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; includesubdomains']), message: 'includesubdomains appears 2 times' },
    { name: 'preload twice is a warning', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload; preload']), severity: 'warning', message: 'each directive must appear once' },
  ],
  quiet: [
    { name: 'each directive once', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload']) },
    { name: 'the same policy on two lines (a different rule)', input: res(['Strict-Transport-Security: max-age=31536000', 'Strict-Transport-Security: max-age=31536000']) },
  ],
});
