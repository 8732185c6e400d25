// What `httpinspect explain cache/missing-cache-control` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a response that caches may store by default (e.g. 200 to GET) with neither Cache-Control nor Expires.',
  breaks: [
    {
      client: 'browsers and proxies',
      effect: 'reuse it for a heuristic lifetime (typically 10% of the time since Last-Modified), so users see stale content for an unpredictable time.',
    },
  ],
  fixes: {
    express: '`res.set("Cache-Control", "no-cache")` for APIs, or `express.static(dir, { maxAge: "1d", immutable: true })` for fingerprinted assets.',
    fastify: '`reply.header("Cache-Control", "no-cache")`, or @fastify/static `maxAge`/`immutable` options.',
    django: '`@cache_control(max_age=300)` / `@never_cache`, or `patch_cache_control(response, no_cache=True)`.',
    fastapi: 'Add `Cache-Control` in the route (`response.headers["Cache-Control"] = "no-cache"`) or a middleware.',
    spring: '`ResponseEntity.ok().cacheControl(CacheControl.noCache())`; static resources: `spring.web.resources.cache.cachecontrol.max-age`.',
    go: '`w.Header().Set("Cache-Control", "no-cache")` in a middleware.',
  },
  related: ['cache/no-validator', 'cache/invalid-expires'],
});
