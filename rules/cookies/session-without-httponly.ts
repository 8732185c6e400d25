import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { hasAttribute } from '../../src/http/setCookie';
import { SPEC, cookieLabel, finding, isDeletion, responseTime, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

// Names the common frameworks give their session cookies, matched on the name without a __Host-/__Secure- prefix.
// CSRF tokens (csrftoken, XSRF-TOKEN) are read by scripts on purpose and never match.
const EXACT = new Set(['sid', 'sess', 'session', 'sessid', 'sessionid', 'session_id', 'session-id', 'phpsessid', 'jsessionid', 'connect.sid', 'asp.net_sessionid', 'express:sess', 'laravel_session', 'ci_session', '_session_id']);
const SUFFIX = /(?:^|[._-])(?:session|sessionid|session_id|sess|sid)$/;

export function looksLikeSessionCookie(name: string): boolean {
  const bare = name.replace(/^__(?:host|secure)-/i, '').toLowerCase();
  if (/csrf|xsrf/.test(bare)) return false;
  return EXACT.has(bare) || bare.startsWith('aspsessionid') || SUFFIX.test(bare);
}

export default defineRule({
  meta: {
    id: 'cookies/session-without-httponly',
    category: 'cookies',
    severity: 'info',
    title: 'Session cookie without HttpOnly',
    ref: { label: 'RFC 6265bis §4.1.2.6, §8.4', url: `${SPEC}#section-4.1.2.6` },
    why: 'A session identifier readable by JavaScript (document.cookie) is what a cross-site scripting bug steals to hijack the session; HttpOnly keeps it out of scripts at no cost, since only the server needs it.',
    fix: 'Add `HttpOnly` to the session cookie (the default in Express-session, Django, Spring and PHP with session.cookie_httponly=1); keep CSRF tokens that scripts must read in a separate cookie.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const now = responseTime(exchange);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const { cookie } = field;
      if (!looksLikeSessionCookie(cookie.name) || hasAttribute(cookie, 'httponly') || isDeletion(cookie, now)) continue;
      findings.push(finding(field, `${cookieLabel(cookie)} looks like a session identifier but lacks HttpOnly: scripts can read it`));
    }
    return findings;
  },
});
