import { ruleTable } from '../../helpers/ruleTable';
import { HTTPS, cookies } from './_response';

ruleTable('cookies/samesite-none-without-secure', {
  fires: [
    {
      name: 'SameSite=None without Secure, evidence at the attribute',
      input: cookies(['sid=abc; Path=/; SameSite=None'], { url: HTTPS }),
      severity: 'error',
      message: 'cookie "sid" has SameSite=None without Secure: browsers reject the whole cookie',
      evidence: 'Set-Cookie: sid=abc; Path=/; SameSite=None at byte 17: "SameSite=None" at byte 46',
      location: { part: 'header', offset: 46, header: 'Set-Cookie' },
    },
    { name: 'lower-case samesite=none', input: cookies(['id=1; samesite=none; HttpOnly']), count: 1 },
  ],
  quiet: [
    { name: 'SameSite=None; Secure', input: cookies(['sid=abc; Path=/; SameSite=None; Secure'], { url: HTTPS }) },
    { name: 'Express session default (Lax, Secure, HttpOnly)', input: cookies(['connect.sid=s%3Aabc.def; Path=/; HttpOnly; Secure; SameSite=Lax'], { url: HTTPS }) },
    { name: 'no SameSite at all', input: cookies(['theme=dark; Path=/']) },
  ],
});
