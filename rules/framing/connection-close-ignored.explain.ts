// What `httpinspect explain framing/connection-close-ignored` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) that the request carried `Connection: close` (httpinspect sends it by default) but the server did not close the connection after a complete response within the extras timeout.',
  breaks: [
    {
      client: 'clients that read until the connection closes (HTTP/1.0 clients, some scripts)',
      effect: 'hang until a timeout.',
    },
    { client: 'the server', effect: 'keeps one idle connection per such client open.' },
  ],
  fixes: {
    express: 'Node closes after `Connection: close` requests; check `server.keepAliveTimeout` hacks, custom socket handling, or a proxy in front that keeps the client connection open.',
    fastify: 'Same as Express (Node http server).',
    django: 'The WSGI/ASGI server (gunicorn, uvicorn, daphne) handles connections, not Django; check its keep-alive settings and the proxy in front.',
    fastapi: 'Uvicorn honours `Connection: close`; check the proxy in front (nginx, a load balancer) that terminates client connections.',
    spring: 'Tomcat/Jetty/Netty honour it; check the load balancer or proxy in front.',
    go: 'net/http honours it (unless `SetKeepAlivesEnabled` tricks or a hijacked connection); check proxies.',
  },
  related: ['framing/close-delimited'],
});
