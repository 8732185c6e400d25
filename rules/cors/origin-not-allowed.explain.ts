// What `httpinspect explain cors/origin-not-allowed` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when Access-Control-Allow-Origin is neither `*` nor exactly the request\'s Origin (scheme, host and port).',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: '`cors({ origin: ["https://app.example", "http://localhost:5173"] })` echoes the matching origin.',
    fastify: '@fastify/cors `origin: [...]` or a callback.',
    django: 'Add the exact origin (with scheme and port) to `CORS_ALLOWED_ORIGINS`.',
    fastapi: 'Add it to `allow_origins` (or `allow_origin_regex`).',
    spring: 'Add it to `allowedOrigins` / `allowedOriginPatterns`.',
    go: 'Add it to rs/cors `AllowedOrigins`.',
  },
  related: ['cors/missing-allow-origin', 'cors/invalid-allow-origin'],
});
