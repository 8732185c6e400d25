// What `httpinspect explain content/content-type-without-body` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a 204 or 205 response that carries Content-Type.',
  breaks: [
    {
      client: 'generic client code that branches on Content-Type',
      effect: 'tries to parse the empty body (`JSON.parse("")` throws).',
    },
  ],
  fixes: {
    express: '`res.status(204).end()` without `res.type()`/`res.json()` (a JSON-setting middleware may add the header for every response).',
    fastify: '`reply.code(204).send()`; remove `reply.type(...)` and onSend hooks that set a type on every reply.',
    django: '`HttpResponse(status=204)` sets `text/html; charset=utf-8` by default: `del response["Content-Type"]` (DRF `Response(status=204)` without data sends none).',
    fastapi: '`Response(status_code=204)` without `media_type`; a JSONResponse adds application/json.',
    spring: '`ResponseEntity.noContent().build()` sends no Content-Type; remove `produces`-driven defaults set by filters.',
    go: 'Do not set Content-Type for 204 (net/http does not sniff one when there is no body).',
  },
  related: ['204', '205', 'framing/body-on-204'],
});
