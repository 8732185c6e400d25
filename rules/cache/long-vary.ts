import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { varyMembersOf } from './_vary';

// Real frameworks send up to about six (Spring's CORS support adds three, Next.js four, plus Accept-Encoding
// and Origin); past eight, the cache key is almost unique per request.
const MAX_MEMBERS = 8;

export default defineRule({
  meta: {
    id: 'cache/long-vary',
    category: 'cache',
    severity: 'info',
    title: 'Vary lists very many request fields',
    ref: { label: 'RFC 9111 §4.1', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-4.1' },
    why: 'A cache may reuse a stored response only when every field named in Vary matches the new request (RFC 9111 §4.1). With many fields, almost no two requests match, so caches store many near-identical copies and rarely hit; some CDNs refuse to cache such responses.',
    fix: 'List only the request fields that really change the response (often just Accept-Encoding, plus Origin for CORS); normalise the others at the edge.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const members = varyMembersOf(res);
    const distinct = new Set(members.map((m) => m.lower));
    if (distinct.size <= MAX_MEMBERS) return [];
    const first = members[0]!;
    const lines = [...new Set(members.map((m) => m.header))];
    return [
      {
        message: `Vary lists ${distinct.size} request fields: caches will rarely find a stored response that matches them all`,
        evidence: lines.map(headerEvidence).join('; ').slice(0, 600),
        location: headerLocation(first.header),
      },
    ];
  },
});
