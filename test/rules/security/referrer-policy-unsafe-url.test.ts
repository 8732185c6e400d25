import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/referrer-policy-unsafe-url', {
  fires: [
    {
      name: 'unsafe-url',
      input: res(['Referrer-Policy: unsafe-url']),
      severity: 'warning',
      message: 'Referrer-Policy unsafe-url leaks full URLs (path and query) to every site, including over plain http',
      evidence: 'Referrer-Policy: unsafe-url at byte 17',
      location: { part: 'header', offset: 17, header: 'Referrer-Policy' },
    },
    { name: 'unsafe-url as the last known token', input: res(['Referrer-Policy: no-referrer, unsafe-url']) },
  ],
  quiet: [
    { name: 'unsafe-url overridden by a later token', input: res(['Referrer-Policy: unsafe-url, strict-origin-when-cross-origin']) },
    { name: 'strict-origin-when-cross-origin', input: res(['Referrer-Policy: strict-origin-when-cross-origin']) },
  ],
});
