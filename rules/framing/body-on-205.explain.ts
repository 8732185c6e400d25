// What `httpinspect explain framing/body-on-205` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a 205 Reset Content response has content: a positive Content-Length, a non-empty chunked body, or bytes after the header section. `Content-Length: 0` with nothing after the headers is correct and does not fire.',
  breaks: [
    {
      client: 'clients that treat 205 like 204 (most HTTP stacks)',
      effect: 'stop reading at the headers and misread the content as the next response on a kept-alive connection.',
    },
    {
      client: 'fetch',
      effect: 'exposes a null body for 205, so the content never reaches the page anyway.',
    },
  ],
  fixes: {
    express: '`res.status(205).end()`; send data with 200 instead.',
    fastify: '`reply.code(205).send()` with no payload.',
    django: '`HttpResponse(status=205)`; DRF: `Response(status=status.HTTP_205_RESET_CONTENT)` without data.',
    fastapi: '`return Response(status_code=205)` (no content).',
    spring: '`ResponseEntity.status(HttpStatus.RESET_CONTENT).build()`.',
    go: '`w.Header().Set("Content-Length", "0"); w.WriteHeader(http.StatusResetContent)` and write nothing.',
  },
  related: ['205', '204', 'framing/body-on-204'],
});
