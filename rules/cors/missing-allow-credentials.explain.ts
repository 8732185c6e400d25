// What `httpinspect explain cors/missing-allow-credentials` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a credentialed cross-origin request (`credentials: "include"` in fetch(), httpinspect\'s `--credentials`; an Authorization header alone does not make one) gets a response without `Access-Control-Allow-Credentials: true`.',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: '`cors({ origin: allowList, credentials: true })`.',
    fastify: '@fastify/cors `credentials: true`.',
    django: '`CORS_ALLOW_CREDENTIALS = True`.',
    fastapi: '`CORSMiddleware(allow_credentials=True, allow_origins=[...explicit origins])`.',
    spring: '`allowCredentials(true)` with explicit origins or `allowedOriginPatterns`.',
    go: 'rs/cors `AllowCredentials: true`.',
  },
  related: ['cors/credentials-not-true', 'cors/wildcard-with-credentials'],
});
