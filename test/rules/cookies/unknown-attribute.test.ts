import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/unknown-attribute', {
  fires: [
    {
      name: 'an unknown attribute',
      input: cookies(['sid=1; Flavor=mint']),
      severity: 'info',
      message: 'cookie "sid" has the unknown attribute "Flavor": browsers ignore it',
      evidence: 'Set-Cookie: sid=1; Flavor=mint at byte 17: "Flavor=mint" at byte 36',
    },
    { name: 'a misspelt HttpOnly (warning)', input: cookies(['sid=1; Http-Only']), severity: 'warning', message: 'did you mean HttpOnly?' },
    { name: 'a misspelt Secure (warning)', input: cookies(['sid=1; Secured']), severity: 'warning', message: 'so the cookie is not Secure' },
  ],
  quiet: [
    { name: 'every known attribute in odd case', input: cookies(['sid=1; path=/; DOMAIN=example.com; secure; HTTPONLY; samesite=lax; max-age=60; expires=Wed, 21 Oct 2026 07:28:00 GMT; Priority=High; Partitioned']) },
    { name: 'a trailing semicolon', input: cookies(['sid=1; Path=/;']) },
    { name: 'obsolete attributes are a separate rule', input: cookies(['sid=1; Version=1']) },
  ],
});
