// What `httpinspect explain status/invalid-retry-after` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a Retry-After that is neither digits only nor an HTTP-date (any status): units ("30s"), decimals, negative numbers, ISO 8601 dates, empty values.',
  breaks: [
    { client: 'SDKs with retry policies (AWS, Google, urllib3 Retry, Polly) and browsers', effect: 'ignore the value and fall back to their own backoff: retry storms or needless waiting.' },
  ],
  fixes: {
    express: '`res.set("Retry-After", String(Math.ceil(ms / 1000)))`; express-rate-limit sends whole seconds.',
    fastify: '@fastify/rate-limit sends seconds; by hand `reply.header("Retry-After", Math.ceil(ms / 1000))`.',
    django: '`response["Retry-After"] = str(int(seconds))`; DRF\'s Throttled sets it from `wait` as an integer.',
    fastapi: 'Raise `HTTPException(429, headers={"Retry-After": str(int(seconds))})`.',
    spring: '`ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))`.',
    go: '`w.Header().Set("Retry-After", strconv.Itoa(seconds))`.',
  },
  related: ['429', '503', 'status/missing-retry-after'],
});
