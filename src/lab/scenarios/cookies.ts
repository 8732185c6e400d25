import { httpDate, response, type Scenario } from '../scenario';

const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];
const BODY = '{"ok":true}';

/** A clean JSON 200 that sets these cookies (the lab is http://127.0.0.1: browsers treat loopback as secure). */
function setting(...cookies: string[]): () => string[] {
  return () => [response(200, [JSON_TYPE, ...cookies.map((c): [string, string] => ['Set-Cookie', c])], BODY)];
}

function cookieScenario(rule: string, description: string, ...cookies: string[]): Scenario {
  return { name: `cookie-${rule}`, description, expect: [`cookies/${rule}`], respond: setting(...cookies) };
}

const inDays = (days: number) => httpDate(new Date(Date.now() + days * 86400_000));

export const cookiesScenarios: Scenario[] = [
  cookieScenario('samesite-none-without-secure', 'SameSite=None without Secure (browsers reject the cookie)', 'embed_pref=1; Path=/; SameSite=None'),
  cookieScenario('partitioned-without-secure', 'a Partitioned (CHIPS) cookie without Secure', 'widget_state=1; Path=/; Partitioned'),
  cookieScenario('invalid-prefix', 'a __Host- cookie with a Domain attribute', '__Host-prefs=1; Secure; Path=/; Domain=127.0.0.1'),
  cookieScenario('too-large', 'a cookie of 4100 bytes', `cart=${'a'.repeat(4096)}; Path=/`),
  cookieScenario('lifetime-too-long', 'Max-Age of ten years (browsers cap it at 400 days)', 'remember_me=1; Path=/; Max-Age=315360000'),
  cookieScenario('invalid-expires', 'Expires as an ISO date without a time', 'theme=dark; Path=/; Expires=2027-01-01'),
  cookieScenario('invalid-max-age', 'Max-Age=1h', 'theme=dark; Path=/; Max-Age=1h'),
  cookieScenario('invalid-domain', 'an empty Domain attribute', 'theme=dark; Path=/; Domain='),
  cookieScenario('domain-mismatch', 'Domain=example.com set by 127.0.0.1', 'theme=dark; Path=/; Domain=example.com'),
  cookieScenario('invalid-path', 'a relative Path', 'theme=dark; Path=account'),
  cookieScenario('invalid-samesite', 'SameSite=true', 'theme=dark; Path=/; SameSite=true'),
  cookieScenario('combined-set-cookie', 'two cookies folded into one Set-Cookie field with ", "', 'theme=dark; Path=/, lang=en'),
  cookieScenario('duplicate-name', 'the same cookie set twice for the same path', 'theme=dark; Path=/', 'theme=light; Path=/'),
  cookieScenario('duplicate-attribute', 'Path given twice with different values', 'theme=dark; Path=/; Path=/admin'),
  cookieScenario('missing-name', 'a nameless cookie (=dark)', '=dark; Path=/'),
  cookieScenario('invalid-characters', 'raw JSON in a cookie value', 'prefs={"a":1}; Path=/'),
  cookieScenario('unknown-attribute', 'an attribute browsers do not know', 'theme=dark; Path=/; Flavor=mint'),
  cookieScenario('obsolete-attribute', 'the RFC 2965 Version attribute', 'theme=dark; Path=/; Version=1'),
  cookieScenario('session-without-httponly', 'PHPSESSID without HttpOnly', 'PHPSESSID=8f2a1c; path=/'),
  {
    name: 'cookie-secure-over-http',
    description: 'a Secure cookie over plain http to a named host (Host: shop.example)',
    request: { headers: [['Host', 'shop.example']] },
    expect: ['cookies/secure-over-http'],
    respond: setting('theme=dark; Path=/; Secure'),
  },
  {
    name: 'cookie-express-session-ok',
    description: "express-session's cookie: Path=/; HttpOnly; Secure; SameSite=Lax",
    expect: [],
    respond: setting('connect.sid=s%3AZ9xk2Lw0.pQk8Vh3jT1; Path=/; HttpOnly; Secure; SameSite=Lax'),
  },
  {
    name: 'cookie-django-session-ok',
    description: "Django's session and CSRF cookies (Expires and Max-Age of two weeks / a year)",
    expect: [],
    respond: () =>
      setting(
        `sessionid=k3j4h5g6f7d8s9a0; expires=${inDays(14)}; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax`,
        `csrftoken=Zx81Lk; expires=${inDays(364)}; Max-Age=31449600; Path=/; SameSite=Lax`,
      )(),
  },
  {
    name: 'cookie-spring-session-ok',
    description: "Spring Session's SESSION cookie and a __Host- cookie done right",
    expect: [],
    respond: setting('SESSION=ZjQ3NjE0YzUtYTk2; Path=/; HttpOnly; SameSite=Lax', '__Host-csrf=abc123; Secure; Path=/; SameSite=Strict'),
  },
  {
    name: 'cookie-deletion-ok',
    description: 'logout: deletion cookies with Max-Age=0 and Expires in 1970 (also the old Netscape date form)',
    expect: [],
    respond: setting('sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax', 'PHPSESSID=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0; path=/'),
  },
];
