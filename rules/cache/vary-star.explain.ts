// What `httpinspect explain cache/vary-star` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a response has `Vary: *`.',
  breaks: [
    {
      client: 'browsers and CDNs',
      effect: 'can never match a later request to it: they store it for nothing or do not store it, and revalidation cannot help.',
    },
  ],
  fixes: {
    express: 'List real dependencies with `res.vary("Accept-Encoding")`; use `Cache-Control: no-store` or `private` if it must not be reused.',
    fastify: '`reply.header("Vary", "Accept-Encoding, Origin")` (the exact headers), or no-store.',
    django: '`patch_vary_headers(response, ["Cookie"])` with real header names; `@never_cache` if it must not be reused.',
    fastapi: 'List the real request headers in Vary, or send `Cache-Control: no-store`.',
    spring: 'Set `Vary` to the headers the response depends on; avoid filters that write `*`.',
    go: '`w.Header().Add("Vary", "Accept-Encoding")` per real dependency.',
  },
  related: ['content/encoding-without-vary', 'cors/missing-vary-origin'],
});
