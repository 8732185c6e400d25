// What `httpinspect explain cors/header-not-allowed` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a preflight\'s Access-Control-Allow-Headers does not cover a header listed in Access-Control-Request-Headers (`*` does not count for credentialed requests and, by the Fetch standard, never covers Authorization; Chromium still lets it through with a deprecation warning, which the CORS verdict shows beside the standard\'s answer).',
  breaks: [
    {
      client: 'browsers (fetch/XHR from another origin)',
      effect: 'block the response: the page gets a TypeError ("Failed to fetch") and the console names the CORS problem; the server never learns.',
    },
  ],
  fixes: {
    express: '`cors({ allowedHeaders: ["Content-Type", "Authorization"] })` (or omit it to reflect the request\'s headers).',
    fastify: '@fastify/cors `allowedHeaders: [...]` (omitted: reflects the request).',
    django: 'Add the header to `CORS_ALLOW_HEADERS` (`(*default_headers, "x-request-id")`).',
    fastapi: '`CORSMiddleware(allow_headers=["Authorization", "Content-Type"])`; `["*"]` does not cover credentialed requests in browsers.',
    spring: '`allowedHeaders("Authorization", "Content-Type")` in the CORS configuration.',
    go: 'rs/cors `AllowedHeaders: []string{"Authorization", "Content-Type"}`.',
  },
  related: ['cors/method-not-allowed', 'cors/preflight-failed-status'],
});
