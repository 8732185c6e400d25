import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { cookieDomain, defaultPath, type SetCookie } from '../../src/http/setCookie';
import { SPEC, cookieLabel, isDeletion, pieceEvidence, pieceLocation, requestHost, responseTime, setCookiesOf, type CookieField, STRIPPED, setCookiesStripped } from './_cookies';

export default defineRule({
  meta: {
    id: 'cookies/duplicate-name',
    category: 'cookies',
    severity: 'warning',
    title: 'The same cookie is set twice in one response',
    ref: { label: 'RFC 6265bis §4.1.1', url: `${SPEC}#section-4.1.1` },
    why: 'Servers must not send two Set-Cookie fields with the same cookie name in one response. With the same domain and path the browser keeps only the last one, so the first value (often from another middleware) is silently lost; with different paths the browser keeps both and later sends two cookies of that name, which servers read unpredictably.',
    fix: 'Set each cookie once per response: find the second writer (a framework session plus a custom cookie, a proxy adding its own), or merge the values.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    const host = requestHost(exchange);
    const now = responseTime(exchange);
    const seen = new Map<string, CookieField[]>();
    for (const field of setCookiesOf(exchange)) {
      const { cookie } = field;
      if (cookie.name === '') continue;
      const earlier = seen.get(cookie.name) ?? [];
      const scope = scopeOf(cookie, host, exchange.request.target);
      const same = earlier.find((e) => scopeOf(e.cookie, host, exchange.request.target) === scope);
      const first = same ?? earlier[0];
      if (first) {
        const overwrite = same !== undefined;
        const message = overwrite
          ? `${cookieLabel(cookie)} is set twice for the same domain and path; browsers keep only the last one${isDeletion(first.cookie, now) ? ' (the first one deletes it, so nothing is lost)' : ', the earlier value is lost'}`
          : `${cookieLabel(cookie)} is set twice with different domain or path; browsers keep both and send two cookies of that name`;
        findings.push({
          message,
          evidence: `${pieceEvidence(first, first.cookie.pair, first.cookie.pairOffset)}; ${pieceEvidence(field, cookie.pair, cookie.pairOffset)}`,
          location: pieceLocation(field, cookie.pairOffset),
          ...(overwrite && !isDeletion(first.cookie, now) ? {} : { severity: 'info' as const }),
        });
      }
      seen.set(cookie.name, [...earlier, field]);
    }
    return findings;
  },
});

/** Where the browser stores the cookie: its domain (or host-only host) and path (§5.7 steps 7–11). */
function scopeOf(cookie: SetCookie, host: string, target: string): string {
  let domain = `host-only:${host}`;
  let path = defaultPath(target);
  for (const a of cookie.attributes) {
    const name = a.name.toLowerCase();
    if (a.value.length > 1024) continue;
    if (name === 'domain') domain = cookieDomain(a.value) === '' ? `host-only:${host}` : `domain:${cookieDomain(a.value)}`;
    if (name === 'path') path = a.value.startsWith('/') ? a.value : defaultPath(target);
  }
  return `${domain} ${path}`;
}
