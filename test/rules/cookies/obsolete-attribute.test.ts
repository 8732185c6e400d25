import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/obsolete-attribute', {
  fires: [
    {
      name: 'Version=1',
      input: cookies(['sid=1; Version=1; Path=/']),
      severity: 'info',
      message: 'cookie "sid" has the obsolete attribute Version: browsers ignore it',
      evidence: 'Set-Cookie: sid=1; Version=1; Path=/ at byte 17: "Version=1" at byte 36',
    },
    { name: 'Comment and Discard', input: cookies(['sid=1; Comment=hi; Discard']), count: 2 },
  ],
  quiet: [{ name: 'modern attributes only', input: cookies(['sid=1; Path=/; Secure; HttpOnly; SameSite=Lax']) }],
});
