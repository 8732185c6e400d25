// What `httpinspect explain cors/invalid-allow-origin` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when Access-Control-Allow-Origin is not exactly one serialized origin, `*` or `null`: lists, several header lines, paths or trailing slashes.',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: 'Give `cors` an array or function for `origin`; it echoes the single matching origin. Do not join origins into one header.',
    fastify: '@fastify/cors `origin: [..]` echoes the matching one.',
    django: 'List origins without paths or trailing slashes in `CORS_ALLOWED_ORIGINS`.',
    fastapi: '`allow_origins=["https://app.example"]` (no trailing slash); the middleware echoes one.',
    spring: '`allowedOrigins("https://app.example")`; Spring echoes the matching one.',
    go: 'Echo `r.Header.Get("Origin")` when it is in your set, with `w.Header().Set` (not Add).',
  },
  related: ['cors/origin-not-allowed', 'headers/duplicate-singleton'],
});
