// What `httpinspect explain cors/preflight-missing-allow-origin` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a CORS preflight response has no Access-Control-Allow-Origin.',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: 'Let the `cors` middleware answer OPTIONS; a custom OPTIONS route must set all Access-Control-Allow-* headers.',
    fastify: '@fastify/cors answers preflights with the headers.',
    django: 'django-cors-headers adds it; check that the origin is in `CORS_ALLOWED_ORIGINS`.',
    fastapi: 'CORSMiddleware adds it for allowed origins; a disallowed origin gets 400 without it.',
    spring: 'Configure the origin in the CORS mapping; Spring answers disallowed preflights with 403.',
    go: 'rs/cors sets it for allowed origins; check `AllowedOrigins`.',
  },
  related: ['cors/missing-allow-origin', 'cors/preflight-failed-status'],
});
