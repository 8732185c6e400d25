import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/invalid-samesite', {
  fires: [
    {
      name: 'SameSite=true',
      input: cookies(['sid=1; SameSite=true']),
      severity: 'warning',
      message: 'cookie "sid" has SameSite="true": browsers ignore it',
      evidence: 'Set-Cookie: sid=1; SameSite=true at byte 17: "SameSite=true" at byte 36',
    },
    { name: 'a bare SameSite (Go SameSiteDefaultMode)', input: cookies(['sid=1; SameSite']), message: 'SameSite without a value' },
  ],
  quiet: [
    { name: 'lax in lower case', input: cookies(['sid=1; samesite=lax']) },
    { name: 'Strict', input: cookies(['sid=1; SameSite=Strict']) },
  ],
});
