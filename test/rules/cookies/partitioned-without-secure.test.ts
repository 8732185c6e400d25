import { ruleTable } from '../../helpers/ruleTable';
import { HTTPS, cookies } from './_response';

ruleTable('cookies/partitioned-without-secure', {
  fires: [
    {
      name: 'Partitioned without Secure',
      input: cookies(['widget=1; SameSite=None; Partitioned'], { url: HTTPS }),
      severity: 'error',
      message: 'cookie "widget" is Partitioned without Secure',
      evidence: 'Set-Cookie: widget=1; SameSite=None; Partitioned at byte 17: "Partitioned" at byte 54',
    },
  ],
  quiet: [{ name: 'CHIPS cookie done right', input: cookies(['widget=1; Secure; SameSite=None; Partitioned; Path=/'], { url: HTTPS }) }],
});
