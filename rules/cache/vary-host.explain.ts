// What `httpinspect explain cache/vary-host` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a Vary that lists Host.',
  breaks: [{ client: 'CDNs that only cache Vary: Accept-Encoding', effect: 'skip caching the response for no benefit.' }],
  fixes: {
    express: 'Remove Host from `res.vary(...)` calls.',
    fastify: 'Remove Host from the Vary header you set.',
    django: 'Remove "Host" from `@vary_on_headers(...)` / `patch_vary_headers`.',
    fastapi: 'Remove Host from the Vary value.',
    spring: 'Remove "Host" from `varyBy(...)`.',
    go: 'Do not add Host to Vary.',
  },
  related: ['cache/vary-user-agent', 'cache/vary-star'],
});
