import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/hsts-directive-with-value', {
  fires: [
    {
      name: 'includeSubDomains=true',
      input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains=true']),
      count: 1,
      severity: 'error',
      message: 'HSTS directive "includeSubDomains=true" has a value; includeSubDomains takes none, and browsers ignore the whole policy',
      evidence: 'Strict-Transport-Security: max-age=31536000; includeSubDomains=true at byte 17',
      location: { part: 'header', offset: 17, header: 'Strict-Transport-Security' },
    },
    { name: 'preload=1 is a warning', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload=1']), severity: 'warning', message: 'preload takes none' },
    { name: 'a quoted empty value', input: res(['Strict-Transport-Security: max-age=31536000; includesubdomains=""']), severity: 'error' },
  ],
  quiet: [
    { name: 'bare directives', input: res(['Strict-Transport-Security: max-age=31536000; includeSubDomains; preload']) },
    { name: 'an unknown directive with a value', input: res(['Strict-Transport-Security: max-age=31536000; foo=bar']) },
  ],
});
