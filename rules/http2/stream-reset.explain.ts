// What `httpinspect explain http2/stream-reset` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when the server sends RST_STREAM on stream 1 before the response completed (any error code). RST_STREAM(NO_ERROR) after a complete response is allowed by RFC 9113 §8.1 and does not fire.',
  breaks: [
    { client: 'curl', effect: 'error 92, "stream was not closed cleanly".' },
    { client: 'Node / fetch', effect: 'ERR_HTTP2_STREAM_ERROR, a failed fetch; partial bodies are lost.' },
  ],
  fixes: {
    express: 'Look for handlers that throw after starting the response or streams that error (`pipeline` errors reset the stream); finish with `res.end()`.',
    fastify: 'Check for errors thrown while streaming a reply and for `connectionTimeout`/`bodyLimit` resets.',
    django: 'Look for exceptions during StreamingHttpResponse iteration and for ASGI server timeouts.',
    fastapi: 'Look for exceptions inside StreamingResponse generators and for Hypercorn timeouts.',
    spring: 'Check async request timeouts (`spring.mvc.async.request-timeout`) and exceptions while writing the body.',
    go: 'Check panics in handlers (net/http resets the stream) and `http.TimeoutHandler` / WriteTimeout settings.',
  },
  related: ['http2/goaway-error', 'framing/content-length-mismatch'],
});
