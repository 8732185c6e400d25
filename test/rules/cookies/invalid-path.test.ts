import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/invalid-path', {
  fires: [
    {
      name: 'a relative Path',
      input: cookies(['pref=1; Path=app'], { url: 'http://127.0.0.1:8080/shop/cart' }),
      severity: 'warning',
      message: 'cookie "pref" has Path "app"; browsers use the default path "/shop" instead',
      evidence: 'Set-Cookie: pref=1; Path=app at byte 17: "Path=app" at byte 37',
    },
    { name: 'an empty Path', input: cookies(['pref=1; Path=']), message: 'an empty Path' },
  ],
  quiet: [
    { name: 'Path=/', input: cookies(['pref=1; Path=/']) },
    { name: 'Path=/app', input: cookies(['pref=1; Path=/app']) },
  ],
});
