import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { cacheControlOf } from '../../src/http/cacheControl';

// RFC 9111 §5.2.1 defines these for requests only; §5.2.2 lists the response directives.
const REQUEST_ONLY: ReadonlyMap<string, string> = new Map([
  ['max-stale', 'it lets a client accept a stale response; to allow caches to serve stale content use stale-while-revalidate or stale-if-error'],
  ['min-fresh', 'it asks for a response that stays fresh for a while; it has no meaning in a response'],
  ['only-if-cached', 'it asks a cache not to contact the server; it has no meaning in a response'],
]);

export default defineRule({
  meta: {
    id: 'cache/request-directive-in-response',
    category: 'cache',
    severity: 'warning',
    title: 'A request-only Cache-Control directive in a response',
    ref: { label: 'RFC 9111 §5.2.1', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1' },
    why: 'max-stale, min-fresh and only-if-cached are request directives: caches ignore them in a response, so whatever policy they were meant to express (usually "serve stale content when needed") silently does not happen.',
    fix: 'Use the response directives for the intent: `stale-while-revalidate=<s>` or `stale-if-error=<s>` (RFC 5861) to allow stale reuse, `max-age` for freshness; remove max-stale, min-fresh and only-if-cached from responses.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    return cacheControlOf(res.headers)
      .directives.filter((d) => REQUEST_ONLY.has(d.name))
      .map((d) => ({
        message: `${d.text.slice(0, 60)} is a request directive, ignored in a response: ${REQUEST_ONLY.get(d.name)}`,
        evidence: `${d.text.slice(0, 60)} in ${headerEvidence(d.header)}`,
        location: headerLocation(d.header),
      }));
  },
});
