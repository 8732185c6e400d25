// What `httpinspect explain cache/invalid-cdn-cache-control` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) when CDN-Cache-Control (all its lines joined) does not parse as an RFC 9651 Dictionary (uppercase names, whitespace around "=", a trailing comma, an unquoted non-token value), or a known directive has the wrong type (max-age="60", max-age=1.5, no-store=?0, private=Set-Cookie). A known directive with a parameter (`max-age=60; public`: valid, but the "public" is ignored) is a warning.',
  breaks: [
    { client: 'CDNs implementing RFC 9213', effect: 'ignore the whole field and cache by Cache-Control instead, so the edge keeps content for the browser lifetime (or not at all).' },
  ],
  fixes: {
    express: '`res.set("CDN-Cache-Control", "max-age=3600")` — lowercase, no spaces around "=", numbers unquoted.',
    fastify: '`reply.header("CDN-Cache-Control", "max-age=3600, stale-while-revalidate=60")`.',
    django: '`response["CDN-Cache-Control"] = "max-age=3600"`; do not build it with `patch_cache_control` (that writes Cache-Control syntax for a different header).',
    fastapi: '`response.headers["CDN-Cache-Control"] = "max-age=3600"`.',
    spring: '`ResponseEntity.ok().header("CDN-Cache-Control", "max-age=3600")`; `CacheControl.getHeaderValue()` output is fine only if it has no uppercase or quoted numbers.',
    go: '`w.Header().Set("CDN-Cache-Control", "max-age=3600")`.',
  },
  related: ['cache/invalid-cache-control', 'cache/conflicting-directives'],
});
