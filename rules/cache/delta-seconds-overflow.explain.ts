// What `httpinspect explain cache/delta-seconds-overflow` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a Cache-Control directive with a delta-seconds argument (max-age, s-maxage, stale-while-revalidate, stale-if-error, max-stale) above 2147483648. Age is judged by cache/implausible-age.',
  breaks: [
    { client: 'caches with 32-bit arithmetic', effect: 'may wrap the value to a negative number and treat the response as stale at once.' },
    { client: 'RFC-conforming caches', effect: 'cap it at 2^31 seconds anyway, so the larger number buys nothing.' },
  ],
  fixes: {
    express: '`express.static(dir, { maxAge: "1y", immutable: true })` (maxAge is in milliseconds and capped at one year).',
    fastify: '@fastify/static `{ maxAge: 31536000 * 1000, immutable: true }` (milliseconds).',
    django: '`@cache_control(max_age=31536000, immutable=True)`.',
    fastapi: '`response.headers["Cache-Control"] = "public, max-age=31536000, immutable"`.',
    spring: '`CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable()`.',
    go: '`w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")`.',
  },
  related: ['cache/invalid-cache-control', 'cache/implausible-age'],
});
