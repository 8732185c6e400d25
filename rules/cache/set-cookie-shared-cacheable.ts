import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { cacheControlOf, deltaSecondsOf } from '../../src/http/cacheControl';

// RFC 9111 §7.3 (and §3): Set-Cookie does not stop a cache from storing a response. Only an explicit
// invitation to shared caches (public, or a positive s-maxage) fires, unless private, no-store, no-cache, or a
// private="Set-Cookie" / no-cache="Set-Cookie" qualification keeps the cookie out of shared copies.
export default defineRule({
  meta: {
    id: 'cache/set-cookie-shared-cacheable',
    category: 'cache',
    severity: 'warning',
    title: 'Set-Cookie on a response shared caches are invited to store',
    ref: { label: 'RFC 9111 §7.3', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-7.3' },
    why: 'Set-Cookie does not stop caching: a response marked public or with s-maxage may be stored by a CDN or proxy together with its Set-Cookie and replayed to other users, handing them someone else\'s session or tracking identifier.',
    fix: 'Do not set cookies on shared-cacheable responses: send `Cache-Control: private` (or no-store) with Set-Cookie, or `no-cache="Set-Cookie"` to keep the cookie out of stored copies, or move the cookie to an uncached endpoint.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const cookie = headersNamed(res.headers, 'set-cookie')[0];
    if (!cookie) return [];
    const { directives } = cacheControlOf(res.headers);
    const has = (name: string) => directives.some((d) => d.name === name);
    const unqualified = (name: string) => directives.some((d) => d.name === name && d.argument === undefined);
    const qualifiesCookie = (name: string) =>
      directives.some((d) => d.name === name && d.argument !== undefined && d.argument.split(',').some((f) => f.trim().toLowerCase() === 'set-cookie'));
    if (has('no-store') || unqualified('private') || unqualified('no-cache')) return [];
    if (qualifiesCookie('private') || qualifiesCookie('no-cache')) return [];
    const invitation = directives.find((d) => d.name === 'public') ?? directives.find((d) => d.name === 's-maxage' && (deltaSecondsOf(d) ?? 0) > 0);
    if (!invitation) return [];
    return [
      {
        message: `Set-Cookie on a response that Cache-Control ${invitation.text} lets shared caches store: a CDN or proxy may replay the cookie to other users`,
        evidence: `${headerEvidence(cookie)}; ${headerEvidence(invitation.header)}`,
        location: headerLocation(cookie),
      },
    ];
  },
});
