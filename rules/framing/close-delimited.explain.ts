// What `httpinspect explain framing/close-delimited` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) an HTTP/1.x response with content that has neither Content-Length nor chunked encoding, so its end is marked only by the server closing the connection. Bodyless statuses and HEAD responses are excluded.',
  breaks: [
    {
      client: 'every client',
      effect: 'cannot tell a complete body from one cut short by a crash or network failure, and must open a new connection for the next request.',
    },
    { client: 'caches and CDNs', effect: 'may store a truncated response as complete.' },
  ],
  fixes: {
    express: 'Node frames responses itself (Content-Length for `res.send`, chunked for streams) unless the handler sets `Connection: close` with HTTP/1.0 semantics or writes to the socket; look for code that writes to the socket directly (`res.socket.write`, a hand-written `net` server) or a proxy/adapter in front.',
    fastify: 'Same framing as Express (Node http); check `reply.hijack()` code and proxies (e.g. nginx with `proxy_http_version 1.0`).',
    django: 'Set Content-Length (`HttpResponse` bodies get it via `CommonMiddleware`) and serve through a server that chunks streaming responses; some WSGI servers close-delimit `StreamingHttpResponse` when answering HTTP/1.0.',
    fastapi: 'Uvicorn chunks StreamingResponse and sets Content-Length on Response; close-delimited output usually comes from a proxy speaking HTTP/1.0 or the client requesting HTTP/1.0.',
    spring: 'Tomcat/Jetty/Netty chunk or set Content-Length automatically; check a proxy in front or a filter that commits the response with `Connection: close`.',
    go: 'net/http sets Content-Length for small bodies and chunks larger ones for HTTP/1.1 clients; it only close-delimits for HTTP/1.0 clients or after `Connection: close` with unknown length. Set Content-Length when you know it.',
  },
  related: ['framing/content-length-mismatch', 'framing/connection-close-ignored'],
});
