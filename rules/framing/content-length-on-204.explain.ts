// What `httpinspect explain framing/content-length-on-204` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a 204 response carries a Content-Length header (any value, even 0: RFC 9110 §8.6 says a server must not send it in 204).',
  breaks: [
    {
      client: 'undici / Node fetch',
      effect: 'throws on a 204 with a non-zero Content-Length, so the caller sees an error instead of success.',
    },
    {
      client: 'clients and proxies that trust the header',
      effect: 'wait for bytes that never come (until a timeout) or swallow the beginning of the next response.',
    },
  ],
  fixes: {
    express: 'Do not set Content-Length on 204; `res.status(204).end()` sends none (Express\'s `res.send` removes it for 204).',
    fastify: '`reply.code(204).send()` sends no Content-Length; remove manual `reply.header("content-length", …)` for 204.',
    django: 'Remove manual `response["Content-Length"]` on 204s; check middleware that sets it unconditionally.',
    fastapi: '`Response(status_code=204)` sends no Content-Length in current Starlette; do not pass one in headers.',
    spring: '`ResponseEntity.noContent().build()`; remove filters that set Content-Length on every response.',
    go: 'Do not call `w.Header().Set("Content-Length", …)` on a 204.',
  },
  related: ['204', 'framing/body-on-204', 'framing/transfer-encoding-on-204'],
});
