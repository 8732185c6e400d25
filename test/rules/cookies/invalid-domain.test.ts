import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/invalid-domain', {
  fires: [
    {
      name: 'empty Domain',
      input: cookies(['pref=1; Domain=; Path=/']),
      severity: 'warning',
      message: 'cookie "pref" has an empty Domain: browsers ignore it and keep the cookie host-only',
      evidence: 'Set-Cookie: pref=1; Domain=; Path=/ at byte 17: "Domain=" at byte 37',
    },
    { name: 'a lone dot', input: cookies(['pref=1; Domain=.']) },
    { name: 'non-ASCII Domain (error)', input: cookies(['pref=1; Domain=b\xfccher.example']), severity: 'error' },
  ],
  quiet: [
    { name: 'a leading dot is fine', input: cookies(['pref=1; Domain=.example.com'], { url: 'http://www.example.com/' }) },
    { name: 'no Domain', input: cookies(['pref=1; Path=/']) },
  ],
});
