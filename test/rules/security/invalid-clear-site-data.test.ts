import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/invalid-clear-site-data', {
  fires: [
    {
      name: 'unquoted types',
      input: res(['Clear-Site-Data: cookies, storage']),
      count: 1,
      severity: 'error',
      message: 'Clear-Site-Data types must be quoted strings: cookies, storage are ignored (write "cookies", "storage")',
      evidence: 'Clear-Site-Data: cookies, storage at byte 17',
      location: { part: 'header', offset: 17, header: 'Clear-Site-Data' },
    },
    { name: 'an empty value', input: res(['Clear-Site-Data:']), message: 'is empty' },
    { name: 'an unknown quoted type is a warning', input: res(['Clear-Site-Data: "cookie"']), severity: 'warning', message: '"cookie"' },
  ],
  quiet: [
    { name: 'the logout idiom', input: res(['Clear-Site-Data: "cookies", "storage", "cache"']) },
    { name: 'the wildcard', input: res(['Clear-Site-Data: "*"']) },
    { name: 'executionContexts', input: res(['Clear-Site-Data: "executionContexts"']) },
  ],
});
