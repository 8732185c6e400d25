import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/duplicate-name', {
  fires: [
    {
      name: 'same name, domain and path: the first is lost',
      input: cookies(['sid=a; Path=/', 'sid=b; Path=/']),
      severity: 'warning',
      message: 'cookie "sid" is set twice for the same domain and path; browsers keep only the last one, the earlier value is lost',
      evidence: 'Set-Cookie: sid=a; Path=/ at byte 17: "sid=a" at byte 29; Set-Cookie: sid=b; Path=/ at byte 44: "sid=b" at byte 56',
    },
    { name: 'different paths (info)', input: cookies(['sid=a; Path=/', 'sid=b; Path=/app']), severity: 'info', message: 'different domain or path' },
    { name: 'a deletion then a set (info)', input: cookies(['sid=; Max-Age=0; Path=/', 'sid=b; Path=/']), severity: 'info', message: 'nothing is lost' },
  ],
  quiet: [
    { name: 'different names', input: cookies(['sid=a; Path=/', 'csrftoken=b; Path=/']) },
    { name: 'names differ only in case (distinct cookies)', input: cookies(['SID=a', 'sid=b']) },
  ],
});
