import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-preload-requirements', {
  fires: [
    {
      name: 'preload without includeSubDomains',
      input: res(['Strict-Transport-Security: max-age=31536000; preload']),
      severity: 'warning',
      message: 'Strict-Transport-Security asks for preload without includeSubDomains; the preload list refuses it',
      evidence: 'Strict-Transport-Security: max-age=31536000; preload at byte 17',
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    {
      name: 'preload with a six-month max-age',
      input: res(['Strict-Transport-Security: max-age=15768000; includeSubDomains; preload']),
      message: 'without max-age of at least 31536000 (it is 15768000, 6.1 months)',
    },
    { name: 'both missing', input: res(['Strict-Transport-Security: max-age=300; preload']), message: 'without includeSubDomains and max-age of at least 31536000' },
  ],
  quiet: [
    { name: 'the preload list idiom', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload']) },
    { name: 'two years with preload', input: res(['Strict-Transport-Security: max-age=63072000; includeSubDomains; preload']) },
    { name: 'no preload requested', input: res(['Strict-Transport-Security: max-age=300']) },
    { name: 'max-age=0 with preload (a removal)', input: res(['Strict-Transport-Security: max-age=0; preload']) },
  ],
});
