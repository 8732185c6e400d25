import { ruleTable } from '../../helpers/ruleTable';
import { HTTPS, cookies } from './_response';

ruleTable('cookies/missing-secure', {
  fires: [
    {
      name: 'a cookie over https without Secure',
      input: cookies(['theme=dark; Path=/'], { url: HTTPS }),
      severity: 'info',
      message: 'cookie "theme" is set over https without Secure',
      evidence: 'Set-Cookie: theme=dark; Path=/ at byte 17',
    },
  ],
  quiet: [
    { name: 'Secure over https', input: cookies(['theme=dark; Path=/; Secure'], { url: HTTPS }) },
    { name: 'over http (nothing to advise)', input: cookies(['theme=dark; Path=/'], { url: 'http://shop.example/' }) },
    { name: 'a deletion over https (Django delete_cookie)', input: cookies(['sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax'], { url: HTTPS }) },
  ],
});
