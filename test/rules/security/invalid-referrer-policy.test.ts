import { ruleTable } from '../../helpers/ruleTable';
import { res } from './_responses';

ruleTable('security/invalid-referrer-policy', {
  fires: [
    {
      name: 'a misspelled policy',
      input: res(['Referrer-Policy: no-referer']),
      severity: 'error',
      message: 'Referrer-Policy "no-referer" names no known policy; browsers ignore it and apply their default',
      evidence: 'Referrer-Policy: no-referer at byte 17',
      location: { part: 'header', offset: 17, header: 'Referrer-Policy' },
    },
    { name: 'every token unknown', input: res(['Referrer-Policy: none, strict']), message: '"none", "strict"' },
    { name: 'an empty value', input: res(['Referrer-Policy:']), message: 'is empty' },
  ],
  quiet: [
    { name: 'a fallback list', input: res(['Referrer-Policy: no-referrer, strict-origin-when-cross-origin']) },
    { name: 'an unknown token followed by a known one', input: res(['Referrer-Policy: future-policy, strict-origin']) },
    { name: 'a known token in upper case', input: res(['Referrer-Policy: Same-Origin']) },
    { name: 'no Referrer-Policy', input: res(['Cache-Control: no-store']) },
  ],
});
