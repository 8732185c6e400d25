import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/lifetime-too-long', {
  fires: [
    {
      name: 'Max-Age of ten years',
      input: cookies(['pref=1; Max-Age=315360000; Path=/']),
      severity: 'warning',
      message: 'asks for a lifetime of 3,650 days (Max-Age=315360000); browsers cap it at 400 days',
      evidence: 'Set-Cookie: pref=1; Max-Age=315360000; Path=/ at byte 17: "Max-Age=315360000" at byte 37',
    },
    { name: 'Expires in 9999 (relative to Date)', input: cookies(['pref=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT']), message: 'expires' },
    { name: 'Max-Age of 400 days and one second', input: cookies(['pref=1; Max-Age=34560001']) },
  ],
  quiet: [
    { name: 'Max-Age of exactly 400 days', input: cookies(['pref=1; Max-Age=34560000']) },
    { name: 'Django default session (two weeks, Expires and Max-Age)', input: cookies(['sessionid=abc; expires=Sun, 13 Dec 2026 21:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax']) },
    { name: 'a long Expires overridden by a short Max-Age', input: cookies(['pref=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT; Max-Age=3600']) },
    { name: 'a deletion', input: cookies(['sid=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT']) },
  ],
});
