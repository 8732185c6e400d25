// What `httpinspect explain cors/wildcard-with-credentials` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when `Access-Control-Allow-Origin: *` answers a credentialed request, or appears together with `Access-Control-Allow-Credentials: true`.',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: '`cors({ origin: allowList, credentials: true })` echoes the origin; `origin: "*"` with credentials never works.',
    fastify: '@fastify/cors with `origin: [...]` and `credentials: true`.',
    django: 'Use `CORS_ALLOWED_ORIGINS` instead of `CORS_ALLOW_ALL_ORIGINS` when `CORS_ALLOW_CREDENTIALS = True`.',
    fastapi: '`allow_origins=["*"]` with `allow_credentials=True` makes Starlette echo the origin for cookie requests; list explicit origins instead.',
    spring: 'Spring rejects `allowedOrigins("*")` with `allowCredentials(true)`; use explicit origins or `allowedOriginPatterns`.',
    go: 'rs/cors with `AllowedOrigins` listing real origins and `AllowCredentials: true`.',
  },
  related: ['cors/missing-allow-credentials', 'cors/allow-origin-null'],
});
