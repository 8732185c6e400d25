import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/secure-over-http', {
  fires: [
    {
      name: 'Secure session cookie over http',
      input: cookies(['sid=1; Secure; HttpOnly'], { url: 'http://shop.example/' }),
      severity: 'warning',
      message: 'cookie "sid" is Secure but was set over http by shop.example: browsers ignore the whole cookie',
      evidence: 'Set-Cookie: sid=1; Secure; HttpOnly at byte 17: "Secure" at byte 36',
    },
    { name: 'loopback address but a Host header naming a site', input: cookies(['sid=1; Secure'], { url: 'http://127.0.0.1:8080/', requestHeaders: [['Host', 'shop.example']] }) },
    {
      name: 'on an http redirect to https (info)',
      input: cookies(['lb=1; Secure'], { url: 'http://shop.example/', status: '301 Moved Permanently', extra: ['Location: https://shop.example/'] }),
      severity: 'info',
    },
  ],
  quiet: [
    { name: 'over https', input: cookies(['sid=1; Secure'], { url: 'https://shop.example/' }) },
    { name: 'http://localhost (browsers treat it as secure)', input: cookies(['sid=1; Secure'], { url: 'http://localhost:3000/' }) },
    { name: 'http://127.0.0.1', input: cookies(['sid=1; Secure'], { url: 'http://127.0.0.1:8080/' }) },
  ],
});
