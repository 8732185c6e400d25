// What `httpinspect explain framing/body-on-204` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when bytes follow the header section of a 204 response: whether a Content-Length or chunked framing announced them or they simply arrived after the blank line. A 204 with `Content-Length: 0` and nothing after the headers does not fire (that header is reported separately by framing/content-length-on-204).',
  breaks: [
    {
      client: 'keep-alive clients and proxies (browsers, nginx, HAProxy, connection pools)',
      effect: 'stop reading at the blank line, so the body bytes are parsed as the start of the next response on the same connection: the next request fails with a parse error or, worse, gets the wrong response.',
    },
    {
      client: 'undici (7.x)',
      effect: 'rejects a 204 that declares a body length (UND_ERR_RES_CONTENT_LENGTH_MISMATCH), so the request fails even though the server succeeded; Node 20\'s built-in fetch reads it as empty. `httpinspect --clients` shows what each client does with your response.',
    },
    {
      client: 'fetch / axios application code',
      effect: 'never sees the body it was sent, so data the server meant to return is silently lost.',
    },
  ],
  fixes: {
    express: 'End the response without a body: `res.status(204).end()` (or `res.sendStatus(204)`), not `res.status(204).json(data)` / `res.send(data)`: Express and Node drop that body, so the data is lost. If body bytes still reach the wire, look for code that writes to the socket directly (`res.socket.write`, a hand-written `net` server) or a proxy/adapter in front. If there is data to return, use `res.status(200).json(data)`.',
    fastify: 'Call `reply.code(204).send()` with no payload; if the handler returns data, the status should be 200. With `reply.hijack()` you write the raw response yourself and must not write a body.',
    django: 'Return `HttpResponse(status=204)` with no content; in DRF `return Response(status=status.HTTP_204_NO_CONTENT)` without data (a `Response(data, status=204)` renders the data into a body).',
    fastapi: 'Declare the route with `status_code=204, response_class=Response` and `return Response(status_code=204)` (returning `None` through the default JSON response class makes older FastAPI versions send the body `null`).',
    spring: 'Return `ResponseEntity.noContent().build()`, or annotate a `void` handler with `@ResponseStatus(HttpStatus.NO_CONTENT)`; do not return a body object from a 204 handler.',
    go: 'Call `w.WriteHeader(http.StatusNoContent)` and write nothing: net/http refuses body writes on a 204 (`http.ErrBodyNotAllowed`), so a body on the wire comes from a hijacked connection (`http.Hijacker`) or a proxy in front.',
  },
  related: [
    '204',
    'framing/content-length-on-204',
    'framing/transfer-encoding-on-204',
    'content/content-type-without-body',
  ],
});
