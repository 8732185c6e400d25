// What `httpinspect explain cors/preflight-missing-max-age` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a successful preflight without Access-Control-Max-Age.',
  breaks: [
    {
      client: 'browsers',
      effect: 'cache the preflight for only 5 seconds, so nearly every non-simple request costs an extra OPTIONS round trip.',
    },
  ],
  fixes: {
    express: '`cors({ maxAge: 600 })`.',
    fastify: '@fastify/cors `maxAge: 600`.',
    django: '`CORS_PREFLIGHT_MAX_AGE = 600` (django-cors-headers defaults to 86400, so check it is not set to 0).',
    fastapi: '`CORSMiddleware(max_age=600)` (default 600; check overrides).',
    spring: '`maxAge(600)` (Spring\'s default is 1800 seconds; check overrides).',
    go: 'rs/cors `MaxAge: 600`.',
  },
  related: ['cors/preflight-with-body', 'cors/invalid-max-age'],
});
