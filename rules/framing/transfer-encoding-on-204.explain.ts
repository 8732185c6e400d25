// What `httpinspect explain framing/transfer-encoding-on-204` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a 204 response carries Transfer-Encoding (a server must not send it in 204; the message has no body to encode).',
  breaks: [
    { client: 'strict clients', effect: 'reject the response.' },
    {
      client: 'lenient clients and proxies',
      effect: 'try to read a chunked body and consume the start of the next response.',
    },
  ],
  fixes: {
    express: '`res.status(204).end()` without `res.write()`; middleware that streams (e.g. compression) should not touch 204 responses.',
    fastify: '`reply.code(204).send()` with no payload (not a stream).',
    django: 'Return `HttpResponse(status=204)`, not a `StreamingHttpResponse`.',
    fastapi: 'Return `Response(status_code=204)`, not a StreamingResponse.',
    spring: '`ResponseEntity.noContent().build()`; do not stream on 204.',
    go: '`w.WriteHeader(http.StatusNoContent)` without writing or flushing a body.',
  },
  related: ['204', 'framing/content-length-on-204', 'framing/body-on-204'],
});
