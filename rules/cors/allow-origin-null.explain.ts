// What `httpinspect explain cors/allow-origin-null` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Access-Control-Allow-Origin is `null`.',
  breaks: [
    {
      client: 'security, not functionality',
      effect: 'any sandboxed iframe, file: page or data: URL has origin "null", so any site can read the response.',
    },
  ],
  fixes: {
    express: 'Do not whitelist "null" in the `cors` middleware\'s `origin` option (an `origin` function that echoes any Origin also echoes "null").',
    fastify: 'Do not allow "null" in @fastify/cors `origin`; reject it in an origin callback.',
    django: 'Remove "null" from `CORS_ALLOWED_ORIGINS` (django-cors-headers) and avoid `CORS_ALLOW_ALL_ORIGINS` with credentials.',
    fastapi: 'Do not list "null" in `CORSMiddleware(allow_origins=…)` or match it with `allow_origin_regex`.',
    spring: 'Do not add "null" to `allowedOrigins` / `allowedOriginPatterns`.',
    go: 'Check the Origin against an allow-list before echoing it (rs/cors `AllowedOrigins`); never echo "null".',
  },
  related: ['cors/origin-not-allowed', 'cors/wildcard-with-credentials'],
});
