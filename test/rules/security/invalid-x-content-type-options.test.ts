import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/invalid-x-content-type-options', {
  fires: [
    {
      name: 'no-sniff (a typo)',
      input: res(['X-Content-Type-Options: no-sniff']),
      severity: 'error',
      message: 'X-Content-Type-Options "no-sniff" is not `nosniff`; browsers ignore it and keep sniffing',
      evidence: 'X-Content-Type-Options: no-sniff at byte 17',
      location: { part: 'header', offset: 17, header: 'X-Content-Type-Options' },
    },
    { name: 'nosniff with a parameter', input: res(['X-Content-Type-Options: nosniff; mode=block']), message: '"nosniff; mode=block"' },
    { name: 'an empty value', input: res(['X-Content-Type-Options:']), message: 'is empty' },
    { name: 'a wrong first value', input: res(['X-Content-Type-Options: sniff, nosniff']), message: '"sniff"' },
  ],
  quiet: [
    { name: 'nosniff', input: res(['X-Content-Type-Options: nosniff']) },
    { name: 'NoSniff in another case', input: res(['X-Content-Type-Options: NoSniff']) },
    { name: 'nosniff from two layers', input: res(['X-Content-Type-Options: nosniff', 'X-Content-Type-Options: nosniff']) },
    { name: 'nosniff, nosniff on one line', input: res(['X-Content-Type-Options: nosniff, nosniff']) },
  ],
});
