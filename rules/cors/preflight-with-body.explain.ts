// What `httpinspect explain cors/preflight-with-body` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a CORS preflight answered with content.',
  breaks: [
    {
      client: 'browsers',
      effect: 'discard the content; it wastes bytes on every preflight and usually means the OPTIONS request reached the real handler.',
    },
  ],
  fixes: {
    express: 'Let `cors()` end preflights (`optionsSuccessStatus: 204`, `preflightContinue: false`).',
    fastify: '@fastify/cors ends preflights with 204 unless `preflightContinue` is set.',
    django: 'django-cors-headers returns an empty 200 for preflights; remove OPTIONS handling in views.',
    fastapi: 'CORSMiddleware answers preflights itself with a short "OK" body; custom OPTIONS routes should return `Response(status_code=204)`.',
    spring: 'Spring\'s CORS processing answers preflights without a body; remove `@RequestMapping(method = OPTIONS)` handlers.',
    go: 'rs/cors answers preflights with 204 unless `OptionsPassthrough` is set.',
  },
  related: ['204', 'cors/preflight-failed-status'],
});
