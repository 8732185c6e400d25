// What `httpinspect explain cache/invalid-cache-control` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on malformed Cache-Control: bad delta-seconds (`max-age=ten`, quoted or empty values), directives separated by ";" instead of ",", or invalid syntax.',
  breaks: [
    {
      client: 'caches',
      effect: 'ignore the directive, or read it as 0 / already stale; directives joined by ";" are not recognised at all.',
    },
  ],
  fixes: {
    express: '`res.set("Cache-Control", "public, max-age=60")`; express.static\'s `maxAge` option takes milliseconds and writes valid seconds.',
    fastify: '`reply.header("Cache-Control", "public, max-age=60")`.',
    django: 'Use `@cache_control(public=True, max_age=60)` / `patch_cache_control`, which produce valid syntax.',
    fastapi: 'Write the value as `"public, max-age=60"` (integers, commas).',
    spring: 'Use `CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic()` with `ResponseEntity.ok().cacheControl(...)`.',
    go: '`w.Header().Set("Cache-Control", "public, max-age=60")`; format numbers with `strconv.Itoa`.',
  },
  related: ['cache/conflicting-directives'],
});
