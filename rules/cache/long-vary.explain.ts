// What `httpinspect explain cache/long-vary` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a Vary that names more than eight distinct request fields across its lines.',
  breaks: [{ client: 'CDNs and shared caches', effect: 'store a copy per combination and rarely hit, or do not cache the response.' }],
  fixes: {
    express: 'Audit the middlewares that call `res.vary(...)` and keep only the real dependencies.',
    fastify: 'Audit plugins adding Vary (@fastify/cors, @fastify/compress) and your own `reply.header("Vary", …)` calls.',
    django: 'Audit `@vary_on_headers`, `@vary_on_cookie` and middlewares calling `patch_vary_headers`.',
    fastapi: 'Audit middlewares appending Vary; keep Accept-Encoding and Origin where needed.',
    spring: 'Spring\'s CORS support adds Origin, Access-Control-Request-Method and -Headers; do not add more unless the body really changes.',
    go: 'Audit handlers wrapping the response that `Add("Vary", …)`.',
  },
  related: ['cache/duplicate-vary-member', 'cache/vary-user-agent', 'cache/vary-star'],
});
