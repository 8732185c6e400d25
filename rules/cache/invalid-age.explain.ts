// What `httpinspect explain cache/invalid-age` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when an Age value is not digits only: negative, decimal, empty, a date or a word. A list of valid numbers is left to headers/duplicate-singleton.',
  breaks: [
    { client: 'shared caches and CDNs', effect: 'ignore the field and treat the response as just fetched, so it is reused longer than its real freshness allows.' },
    { client: 'browsers', effect: 'compute freshness without the time already spent in upstream caches.' },
  ],
  fixes: {
    express: 'Do not set Age in the app (`res.removeHeader("Age")` if a library copies it from an upstream response); caches add it.',
    fastify: 'Drop Age when proxying upstream responses (`@fastify/reply-from` `rewriteHeaders`), or send whole seconds only.',
    django: 'Remove `response["Age"]` set by hand; Django never generates it.',
    fastapi: 'Do not copy Age from an upstream `httpx` response unchanged unless it is an integer; `del response.headers["age"]`.',
    spring: 'Remove Age from `ResponseEntity` headers copied from a `RestTemplate`/`WebClient` call, or format it with `Long.toString(seconds)`.',
    go: 'With `httputil.ReverseProxy`, fix Age in `ModifyResponse` (`strconv.FormatInt(secs, 10)`) or delete it.',
  },
  related: ['cache/implausible-age', 'headers/duplicate-singleton'],
});
