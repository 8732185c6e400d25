// What `httpinspect explain status/missing-retry-after` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a 429 or 503 without a Retry-After header (or with an empty one).',
  breaks: [
    {
      client: 'retrying clients and SDKs',
      effect: 'fall back to guessed backoff: they hammer the server or give up too soon.',
    },
    { client: 'crawlers', effect: 'do not know when maintenance ends.' },
  ],
  fixes: {
    express: '`res.set("Retry-After", "30").status(429).json(...)`; express-rate-limit adds Retry-After to its 429s.',
    fastify: '`reply.code(429).header("Retry-After", "30").send()`; @fastify/rate-limit adds retry-after by default.',
    django: 'DRF throttling sets Retry-After on its 429 (`Throttled.wait`); django-ratelimit answers 403 by default, so map `Ratelimited` to a 429 with Retry-After yourself.',
    fastapi: '`raise HTTPException(status_code=429, headers={"Retry-After": "30"})` (slowapi can add it with `headers_enabled=True`).',
    spring: '`ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "30").build()`; for 503 in maintenance filters as well.',
    go: '`w.Header().Set("Retry-After", "30"); w.WriteHeader(http.StatusTooManyRequests)`.',
  },
  related: ['429', '503'],
});
