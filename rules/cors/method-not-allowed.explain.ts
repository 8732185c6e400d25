// What `httpinspect explain cors/method-not-allowed` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a preflight\'s Access-Control-Allow-Methods does not include the method in Access-Control-Request-Method (GET/HEAD/POST are always allowed; `*` only without credentials).',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: '`cors({ methods: ["GET", "POST", "PUT", "DELETE"] })` (its default already lists the common ones).',
    fastify: '@fastify/cors `methods: [...]` (defaults to GET, HEAD, POST in recent versions: add PUT/PATCH/DELETE).',
    django: '`CORS_ALLOW_METHODS` (default includes DELETE, PATCH, PUT).',
    fastapi: '`CORSMiddleware(allow_methods=["GET", "POST", "PUT", "DELETE"])` (default is only GET).',
    spring: '`allowedMethods("GET", "POST", "PUT", "DELETE")` (Spring\'s default is GET, HEAD, POST).',
    go: 'rs/cors `AllowedMethods: []string{http.MethodGet, http.MethodPut, ...}`.',
  },
  related: ['cors/header-not-allowed', 'cors/preflight-failed-status'],
});
