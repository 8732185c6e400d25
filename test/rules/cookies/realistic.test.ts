// Real-world Set-Cookie and Link headers as common stacks send them: no cookies, api or Link rule may warn or
// err on them (info advice such as a missing HttpOnly on PHP's default session cookie is allowed and listed).
import { describe, expect, it } from 'vitest';
import { exchangeOf } from '../../helpers/exchange';
import { runRules } from '../../../src/engine/run';
import { allRules } from '../../../rules/index';
import { DATE } from './_response';

const OURS = allRules.filter((r) => /^(cookies|api)\//.test(r.meta.id) || r.meta.id.startsWith('headers/link-'));

function findings(url: string, lines: string[]) {
  const head = `HTTP/1.1 200 OK\r\nDate: ${DATE}\r\n${lines.map((l) => `${l}\r\n`).join('')}Content-Length: 0\r\n\r\n`;
  return runRules([exchangeOf({ url, response: head })], OURS, { settings: new Map(), maxBody: 1 << 20 })[0]!;
}

const CASES: Array<{ stack: string; url: string; lines: string[]; info?: string[] }> = [
  { stack: 'Express + express-session', url: 'https://app.example.com/login', lines: ['Set-Cookie: connect.sid=s%3AZ9xk2Lw0.pQk8Vh3jT1; Path=/; Expires=Mon, 30 Nov 2026 21:00:00 GMT; HttpOnly; Secure; SameSite=Lax'] },
  {
    stack: 'Django session + CSRF',
    url: 'https://app.example.com/login/',
    lines: ['Set-Cookie: csrftoken=Zx81Lk; expires=Sun, 28 Nov 2027 21:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax; Secure', 'Set-Cookie: sessionid=k3j4; expires=Sun, 13 Dec 2026 21:00:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure'],
  },
  { stack: 'Spring Session', url: 'https://app.example.com/', lines: ['Set-Cookie: SESSION=ZjQ3NjE0YzUtYTk2; Path=/; Secure; HttpOnly; SameSite=Lax'] },
  { stack: 'Tomcat JSESSIONID', url: 'https://app.example.com/shop/', lines: ['Set-Cookie: JSESSIONID=A1B2C3D4E5F6; Path=/shop; Secure; HttpOnly'] },
  {
    stack: 'Laravel',
    url: 'https://app.example.com/',
    lines: [
      'Set-Cookie: XSRF-TOKEN=eyJpdiI6IkxYbz0iLCJ2YWx1ZSI6IjEyMyJ9%3D; expires=Sun, 29 Nov 2026 23:00:00 GMT; Max-Age=7200; path=/; secure; samesite=lax',
      'Set-Cookie: laravel_session=eyJpdiI6Ik1Yb3c9In0%3D; expires=Sun, 29 Nov 2026 23:00:00 GMT; Max-Age=7200; path=/; secure; httponly; samesite=lax',
    ],
  },
  { stack: 'Rails', url: 'https://app.example.com/', lines: ['Set-Cookie: _myapp_session=bXlzZXNzaW9u--abc123; path=/; secure; HttpOnly; SameSite=Lax'] },
  { stack: 'ASP.NET Core', url: 'https://app.example.com/', lines: ['Set-Cookie: .AspNetCore.Antiforgery.9fXoN5jHCXs=CfDJ8NGNxAt7; path=/; samesite=strict; httponly', 'Set-Cookie: .AspNetCore.Session=CfDJ8B; path=/; secure; samesite=lax; httponly'], info: ['cookies/missing-secure'] },
  {
    stack: 'Cloudflare and AWS ALB',
    url: 'https://www.example.com/',
    lines: [
      'Set-Cookie: __cf_bm=Xy7.abc-1732914000-1.0.1.1-AbC; path=/; expires=Sun, 29-Nov-26 21:30:00 GMT; domain=.example.com; HttpOnly; Secure; SameSite=None',
      'Set-Cookie: AWSALB=k1j2h3; Expires=Sun, 06 Dec 2026 21:00:00 GMT; Path=/',
      'Set-Cookie: AWSALBCORS=k1j2h3; Expires=Sun, 06 Dec 2026 21:00:00 GMT; Path=/; SameSite=None; Secure',
    ],
    info: ['cookies/missing-secure'],
  },
  { stack: 'PHP default session', url: 'https://www.example.com/', lines: ['Set-Cookie: PHPSESSID=8f2a1c9d; path=/'], info: ['cookies/missing-secure', 'cookies/session-without-httponly'] },
  { stack: 'PHP logout', url: 'https://www.example.com/logout', lines: ['Set-Cookie: PHPSESSID=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0; path=/'] },
  { stack: 'Go net/http deletion', url: 'https://www.example.com/logout', lines: ['Set-Cookie: sid=; Path=/; Max-Age=0; HttpOnly; Secure'] },
  {
    stack: 'WordPress and Shopify links',
    url: 'https://shop.example.com/',
    lines: [
      'Link: <https://shop.example.com/wp-json/>; rel="https://api.w.org/"',
      'Link: <https://cdn.shopify.com>; rel="preconnect", <https://cdn.shopify.com>; rel="preconnect"; crossorigin',
      'Link: </cdn/shop/t/1/assets/base.css>; rel=preload; as=style; nopush',
    ],
  },
  {
    stack: 'a deprecated API endpoint',
    url: 'https://api.example.com/v1/widgets',
    lines: ['Deprecation: @1688169599', 'Sunset: Wed, 30 Jun 2027 23:59:59 GMT', 'Link: <https://developer.example.com/deprecation>; rel="deprecation"; type="text/html", </v2/widgets>; rel="successor-version"'],
  },
];

describe('realistic defaults stay quiet (no warning or error from cookies, api or Link rules)', () => {
  it.each(CASES.map((c) => [c.stack, c] as const))('%s', (_name, c) => {
    const found = findings(c.url, c.lines);
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    expect([...new Set(found.map((f) => f.ruleId))].sort()).toEqual([...(c.info ?? [])].sort());
  });
});
