// What `httpinspect explain cache/request-directive-in-response` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a response\'s Cache-Control carries max-stale, min-fresh or only-if-cached, which RFC 9111 §5.2.1 defines for requests only.',
  breaks: [
    { client: 'browsers, CDNs and proxies', effect: 'ignore the directive, so the stale-serving or freshness policy it was meant to set never applies.' },
  ],
  fixes: {
    express: '`res.set("Cache-Control", "max-age=60, stale-while-revalidate=300")` instead of max-stale.',
    fastify: '`reply.header("Cache-Control", "max-age=60, stale-if-error=86400")`.',
    django: '`@cache_control(max_age=60, stale_while_revalidate=300)` (keyword arguments become directives; do not pass max_stale).',
    fastapi: 'Write response directives only: `"max-age=60, stale-while-revalidate=300"`.',
    spring: '`CacheControl.maxAge(60, SECONDS).staleWhileRevalidate(300, SECONDS)`; do not copy request directives into the response.',
    go: '`w.Header().Set("Cache-Control", "max-age=60, stale-if-error=86400")`; do not echo `r.Header.Get("Cache-Control")` back.',
  },
  related: ['cache/invalid-cache-control', 'cache/conflicting-directives'],
});
