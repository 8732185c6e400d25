// What `httpinspect explain framing/content-length-with-transfer-encoding` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a response has both Content-Length and Transfer-Encoding.',
  breaks: [
    { client: 'strict clients (undici/Node)', effect: 'reject the response.' },
    {
      client: 'proxy + client pairs',
      effect: 'disagree on which header frames the body (the classic request/response smuggling setup).',
    },
  ],
  fixes: {
    express: 'Do not set both; when streaming with `res.write`, leave Content-Length unset; middleware that sets Content-Length on a streamed response is the usual culprit.',
    fastify: 'Remove a manual Content-Length when sending a stream; Fastify chunks streams.',
    django: 'Do not set Content-Length on `StreamingHttpResponse`, and never set Transfer-Encoding yourself (hop-by-hop).',
    fastapi: 'Do not pass Content-Length to StreamingResponse; Uvicorn chunks it.',
    spring: 'Do not set Content-Length on streamed responses (`StreamingResponseBody`, SSE).',
    go: 'Do not set Transfer-Encoding; net/http uses chunked only when Content-Length is not set.',
  },
  related: ['framing/chunked-not-last', 'framing/conflicting-content-length'],
});
