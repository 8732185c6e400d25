// What `httpinspect explain status/unregistered-code` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a final or interim status code in 100–599 that is not in the IANA registry, or is reserved (306, 418). Known unofficial codes are named with who uses them.',
  breaks: [
    {
      client: 'every generic client, cache and monitor',
      effect: 'treats the code as the x00 of its class: 420 becomes a plain 400 (no backoff), 509 a plain 500.',
    },
    {
      client: 'crawlers',
      effect: 'drop pages answered with 4xx-class unofficial codes instead of slowing down.',
    },
  ],
  fixes: {
    express: 'Use the registered code: `res.status(429)` instead of 420, `res.status(403)` or 401 instead of 419, and put details in the JSON body.',
    fastify: '`reply.code(429)` etc.; Fastify accepts any code 100–599, so nothing stops an unofficial one.',
    django: 'Use `rest_framework.status` / `http.HTTPStatus` constants (e.g. `HTTPStatus.TOO_MANY_REQUESTS`), which only contain registered codes.',
    fastapi: 'Use `fastapi.status.HTTP_429_TOO_MANY_REQUESTS` and friends instead of numeric literals.',
    spring: 'Use `HttpStatus` constants for registered codes; `HttpStatus.METHOD_FAILURE` (420) from older Spring versions is deprecated and unregistered, and `ResponseEntity.status(int)` accepts any number.',
    go: 'Use the `http.Status…` constants (e.g. `http.StatusTooManyRequests`), which cover registered codes.',
  },
  related: ['429', '420', '419', '509', '499'],
});
