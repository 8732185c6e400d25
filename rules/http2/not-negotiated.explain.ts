// What `httpinspect explain http2/not-negotiated` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (info) when --http2 offered ALPN "h2, http/1.1" and the server chose HTTP/1.1 or no ALPN: the response was inspected over HTTP/1.1.',
  breaks: [{ client: 'browsers and HTTP/2 clients', effect: 'fall back to HTTP/1.1: more connections, head-of-line blocking.' }],
  fixes: {
    express: 'Serve with `http2.createSecureServer({ allowHTTP1: true })` or enable HTTP/2 on the proxy in front.',
    fastify: 'Start Fastify with `{ http2: true, https: { allowHTTP1: true, … } }` or enable HTTP/2 on the proxy.',
    django: 'Run under an ASGI server with HTTP/2 (Hypercorn) or enable `http2 on;` in nginx.',
    fastapi: 'Run under Hypercorn with TLS (HTTP/2 via ALPN), or enable HTTP/2 on the proxy.',
    spring: 'Set `server.http2.enabled=true` (with TLS) or enable HTTP/2 on the load balancer.',
    go: 'Use `ListenAndServeTLS` (HTTP/2 is on by default) and do not set `TLSNextProto` to an empty map.',
  },
  related: ['http2/not-http2'],
});
