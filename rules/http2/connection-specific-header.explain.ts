// What `httpinspect explain http2/connection-specific-header` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires for a Connection, Keep-Alive, Proxy-Connection, Transfer-Encoding or Upgrade field in any header block of the response on HTTP/2 (interim, final, trailers). Names that merely contain those words (x-connection) do not fire.',
  breaks: [
    { client: 'curl (nghttp2)', effect: 'fails with error 92 "HTTP/2 stream was not closed cleanly: PROTOCOL_ERROR" and shows no response.' },
    { client: 'Node (node:http2, undici allowH2)', effect: 'ERR_HTTP2_STREAM_ERROR: status and headers are lost.' },
    { client: 'browsers', effect: 'net::ERR_HTTP2_PROTOCOL_ERROR: the page or fetch fails.' },
  ],
  fixes: {
    express: "Remove `res.set('Connection', …)` / `res.set('Transfer-Encoding', …)`; Node's http2 compatibility layer strips them, so on the wire they come from a proxy rule such as nginx `add_header Connection \"close\"`: delete it.",
    fastify: "Remove `reply.header('connection', …)`; with `http2: true` Fastify refuses them, so look for a proxy adding them (nginx `add_header`, Envoy `response_headers_to_add`).",
    django: 'Do not set `response["Connection"]` or `Transfer-Encoding` in views or middleware; the ASGI server handles connections. Check nginx `add_header` lines in front.',
    fastapi: 'Remove `response.headers["connection"]` / `transfer-encoding` set in routes or middleware; Hypercorn/uvicorn manage connections. Check the proxy\'s added headers.',
    spring: 'Do not add `Connection` or `Transfer-Encoding` with `HttpServletResponse.setHeader` or `ResponseEntity.header`; Tomcat manages them. Check filters and the proxy.',
    go: 'Do not set `w.Header().Set("Connection", …)`: net/http drops it on HTTP/2, so a value on the wire comes from a proxy or a custom framer.',
  },
  related: ['http2/uppercase-header-name', 'framing/content-length-with-transfer-encoding'],
});
