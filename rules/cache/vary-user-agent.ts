import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { varyMembersOf } from './_vary';

export default defineRule({
  meta: {
    id: 'cache/vary-user-agent',
    category: 'cache',
    severity: 'warning',
    title: 'Vary: User-Agent fragments caches',
    ref: { label: 'RFC 9110 §12.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5' },
    why: 'There are tens of thousands of distinct User-Agent strings, so a cache keyed on them stores one copy per browser build and almost never gets a hit; several CDNs do not cache responses that vary on User-Agent at all. The response is effectively uncached.',
    fix: 'Vary on what the response really depends on: a normalised device class header set at the edge (e.g. `Vary: Sec-CH-UA-Mobile` with client hints, or a CDN-computed `X-Device-Type`), or serve one responsive page and drop the Vary.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const ua = varyMembersOf(res).find((m) => m.lower === 'user-agent');
    if (!ua) return [];
    return [
      {
        message: 'Vary names User-Agent: caches keep one copy per User-Agent string and rarely get a hit (some CDNs refuse to cache it)',
        evidence: headerEvidence(ua.header),
        location: headerLocation(ua.header),
      },
    ];
  },
});
