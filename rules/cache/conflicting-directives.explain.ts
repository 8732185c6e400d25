// What `httpinspect explain cache/conflicting-directives` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Cache-Control directives contradict each other: no-store with public/max-age>0/s-maxage/immutable/stale-*; public with private; private with s-maxage; no-cache with immutable; or the same known directive repeated with different values (a repeated extension directive such as `foo=1, foo=2` is not reported).',
  breaks: [
    {
      client: 'browsers, CDNs and proxies',
      effect: 'resolve the conflict differently (most restrictive, first, or last wins), so the response is stored where it must not be or not reused where it should be.',
    },
  ],
  fixes: {
    express: 'Set the header once with one policy: `res.set("Cache-Control", "no-store")`; check `express.static({ maxAge })` plus a global no-store middleware adding a second header.',
    fastify: 'Use one source (@fastify/caching or `reply.header("Cache-Control", …)`), not both.',
    django: 'Use `patch_cache_control` / `@cache_control(...)` consistently; mixing `@never_cache` with `@cache_control(max_age=…)` produces conflicts.',
    fastapi: 'Set `Cache-Control` in one place (route or middleware) and let middleware skip responses that already have it.',
    spring: 'Spring Security adds `no-cache, no-store, max-age=0, must-revalidate` by default; disable it for cacheable paths (`headers.cacheControl().disable()`) instead of adding a second policy.',
    go: 'Use `w.Header().Set` (not `Add`) with the final policy, in one middleware.',
  },
  related: ['cache/invalid-cache-control'],
});
