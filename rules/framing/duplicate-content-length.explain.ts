// What `httpinspect explain framing/duplicate-content-length` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Content-Length appears more than once with the same value (several lines or `5, 5`).',
  breaks: [
    {
      client: 'strict parsers and proxies',
      effect: 'reject the response as a possible smuggling attempt.',
    },
    {
      client: 'lenient clients',
      effect: 'accept it; the real risk is the day the two layers disagree.',
    },
  ],
  fixes: {
    express: 'Use `res.set()` (replaces) rather than `res.append()` for Content-Length, or do not set it at all.',
    fastify: '`reply.header()` replaces; check for a proxy adding a second one.',
    django: 'Set it once; check a proxy or middleware adding it again.',
    fastapi: 'Do not add Content-Length to `headers=` when Starlette already sets it.',
    spring: 'Use `setHeader`, not `addHeader`, or leave it to the container.',
    go: 'Use `Header().Set`, not `Header().Add`.',
  },
  related: ['framing/conflicting-content-length'],
});
