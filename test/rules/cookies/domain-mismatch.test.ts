import { ruleTable } from '../../helpers/ruleTable';
import { cookies } from './_response';

ruleTable('cookies/domain-mismatch', {
  fires: [
    {
      name: 'a production domain set by another host',
      input: cookies(['sid=1; Domain=example.com; Path=/'], { url: 'https://staging.example.net/' }),
      severity: 'error',
      message: 'cookie "sid" has Domain=example.com but was set by staging.example.net, which it does not cover',
      evidence: 'Set-Cookie: sid=1; Domain=example.com; Path=/ at byte 17: "Domain=example.com" at byte 36',
    },
    { name: 'a sibling subdomain', input: cookies(['sid=1; Domain=api.example.com'], { url: 'https://www.example.com/' }) },
    { name: 'a Domain on an IP address', input: cookies(['sid=1; Domain=0.0.1'], { url: 'http://127.0.0.1:8080/' }) },
    { name: 'judged by the Host header sent', input: cookies(['sid=1; Domain=example.com'], { url: 'http://127.0.0.1:8080/', requestHeaders: [['Host', 'shop.example.org']] }) },
  ],
  quiet: [
    { name: 'parent domain of the host', input: cookies(['sid=1; Domain=example.com'], { url: 'https://www.example.com/' }) },
    { name: 'leading dot and upper case', input: cookies(['sid=1; Domain=.EXAMPLE.com'], { url: 'https://www.example.com/' }) },
    { name: 'the IP address itself', input: cookies(['sid=1; Domain=127.0.0.1'], { url: 'http://127.0.0.1:8080/' }) },
    { name: 'host-only cookie', input: cookies(['sid=1; Path=/'], { url: 'https://www.example.com/' }) },
  ],
});
