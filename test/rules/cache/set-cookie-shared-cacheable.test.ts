import { ruleTable } from '../../helpers/ruleTable';

const ID = 'cache/set-cookie-shared-cacheable';
const withCookie = (cc: string) => ({ response: `HTTP/1.1 200 OK\r\nSet-Cookie: sid=abc; Path=/; HttpOnly\r\nCache-Control: ${cc}\r\nContent-Length: 0\r\n\r\n` });

ruleTable(ID, {
  fires: [
    { name: 'public with a session cookie', input: withCookie('public, max-age=300'), count: 1, severity: 'warning', message: 'Set-Cookie on a response that Cache-Control public lets shared caches store', evidence: 'Set-Cookie: sid=abc; Path=/; HttpOnly at byte 17; Cache-Control: public, max-age=300 at byte 56', location: { part: 'header', offset: 17, header: 'Set-Cookie' } },
    { name: 's-maxage with a cookie', input: withCookie('s-maxage=600'), message: 'Cache-Control s-maxage=600' },
    { name: 'no-cache qualified for another field only', input: withCookie('public, no-cache="Authorization"'), count: 1 },
  ],
  quiet: [
    { name: 'private', input: withCookie('private, max-age=0') },
    { name: 'no-store', input: withCookie('public, no-store') },
    { name: 'no-cache (every reuse revalidates)', input: withCookie('no-cache') },
    { name: 'no-cache="Set-Cookie" keeps the cookie out of stored copies', input: withCookie('public, max-age=300, no-cache="Set-Cookie"') },
    { name: 'private="Set-Cookie"', input: withCookie('s-maxage=60, private="set-cookie"') },
    { name: 'max-age without an explicit invitation to shared caches', input: withCookie('max-age=60') },
    { name: 's-maxage=0', input: withCookie('s-maxage=0') },
    { name: 'public without Set-Cookie', input: { response: 'HTTP/1.1 200 OK\r\nCache-Control: public, max-age=31536000, immutable\r\nContent-Length: 0\r\n\r\n' } },
  ],
});
