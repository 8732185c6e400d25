// What `httpinspect explain cors/credentials-not-true` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when Access-Control-Allow-Credentials is present but not exactly `true` (e.g. `True`, `1`, `false`, repeated).',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: '`cors({ origin: allowList, credentials: true })` sends exactly `true`; remove manual headers with other values.',
    fastify: '@fastify/cors `credentials: true`.',
    django: '`CORS_ALLOW_CREDENTIALS = True` (django-cors-headers writes `true`).',
    fastapi: '`CORSMiddleware(allow_credentials=True, …)`.',
    spring: '`allowCredentials(true)` in `CorsRegistry` / `@CrossOrigin(allowCredentials = "true")`.',
    go: 'rs/cors `AllowCredentials: true`, or `w.Header().Set("Access-Control-Allow-Credentials", "true")`.',
  },
  related: ['cors/missing-allow-credentials'],
});
