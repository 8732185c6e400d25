// What `httpinspect explain http2/status-101` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires for :status 101 on HTTP/2, which has no Upgrade mechanism. 100 Continue and 103 Early Hints are fine.',
  breaks: [{ client: 'HTTP/2 clients', effect: 'treat the response as malformed.' }],
  fixes: {
    express: 'Do not answer upgrade requests with 101 over HTTP/2 (e.g. `ws` attached to an http2 server); use HTTP/1.1 for WebSockets or RFC 8441.',
    fastify: 'Serve @fastify/websocket over an HTTP/1.1 listener; Fastify with `http2: true` cannot upgrade.',
    django: 'Channels/Daphne WebSockets need an HTTP/1.1 connection; do not send 101 on HTTP/2.',
    fastapi: 'Starlette WebSocket routes need HTTP/1.1 (or RFC 8441 support in the server); do not send 101 on HTTP/2.',
    spring: 'Spring WebSocket upgrades need HTTP/1.1; keep the WebSocket endpoint off the HTTP/2 connector or enable RFC 8441 in Jetty.',
    go: 'gorilla/websocket and nhooyr need HTTP/1.1 hijacking; net/http cannot upgrade an HTTP/2 request, so a 101 comes from a proxy.',
  },
  related: ['101', 'framing/unexpected-1xx'],
});
