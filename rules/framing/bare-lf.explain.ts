// What `httpinspect explain framing/bare-lf` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when the status line or header lines end in a bare LF instead of CRLF.',
  breaks: [
    {
      client: 'strict parsers and some proxies',
      effect: 'reject the response or split lines differently than lenient clients (a smuggling ingredient).',
    },
    {
      client: 'browsers, curl, Node',
      effect: 'accept it, which hides the problem until a strict hop is added.',
    },
  ],
  fixes: {
    express: 'Node\'s http module writes the status line and headers itself and rejects invalid header names/values (ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR), always with CRLF; bare LF comes from code writing raw bytes to `res.socket` or a hand-rolled server/proxy.',
    fastify: 'Same as Express (Node http); check `reply.hijack()` code that writes the head by hand.',
    django: 'The WSGI/ASGI server writes the head with CRLF; check custom servers, test doubles promoted to production, or proxies.',
    fastapi: 'Uvicorn (h11/httptools) writes CRLF; check proxies or custom ASGI servers.',
    spring: 'Tomcat/Jetty/Netty write CRLF; check proxies or custom Netty handlers that encode HTTP by hand.',
    go: 'net/http writes CRLF; check hijacked connections (`http.Hijacker`) that write responses by hand with "\\n".',
  },
  related: ['framing/invalid-header-line', 'framing/obs-fold'],
});
