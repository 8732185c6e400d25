import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/duplicate-attribute', {
  fires: [
    {
      name: 'two different Paths',
      input: cookies(['sid=1; Path=/; Path=/admin']),
      severity: 'warning',
      message: 'cookie "sid" has Path=/ and then Path=/admin: browsers use the last one',
      evidence: 'Set-Cookie: sid=1; Path=/; Path=/admin at byte 17: "Path=/" at byte 36; "Path=/admin" at byte 44',
    },
    { name: 'Secure twice (info)', input: cookies(['sid=1; Secure; secure']), severity: 'info', message: 'repeats secure with the same value' },
    { name: 'SameSite twice, different', input: cookies(['sid=1; SameSite=Lax; SameSite=None; Secure']), severity: 'warning' },
  ],
  quiet: [
    { name: 'each attribute once', input: cookies(['sid=1; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=60']) },
    { name: 'unknown attributes repeated are not judged here', input: cookies(['sid=1; foo=1; foo=2']) },
  ],
});
