// What `httpinspect explain http2/uppercase-header-name` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { NODE_HEADERS } from './_explain';

export default defineExplanation({
  checks: 'Fires for any field name (regular or pseudo) containing A–Z in an HTTP/2 header block. HTTP/1.1 names are case-insensitive, but HTTP/2 requires lowercase on the wire; the same name in lowercase does not fire.',
  breaks: [
    { client: 'node:http2 / undici', effect: 'reject the response: status and headers are lost.' },
    { client: 'curl', effect: 'fails the transfer with a protocol error.' },
  ],
  fixes: {
    express: `${NODE_HEADERS}; a proxy that forwards HTTP/1.1 names unchanged to HTTP/2 must lowercase them.`,
    fastify: 'Fastify lowercases names on HTTP/2; uppercase on the wire means a proxy or a raw `reply.raw.stream.respond()` call with mixed-case keys.',
    django: 'The ASGI server must lowercase names it encodes; with Hypercorn that is automatic, so look at the proxy in front.',
    fastapi: 'Starlette header names are lowercased bytes; an uppercase name on the wire comes from the ASGI server or proxy.',
    spring: 'Tomcat/Jetty lowercase names for HTTP/2; check a custom filter writing raw frames or the proxy.',
    go: 'net/http lowercases names for HTTP/2 (it canonicalizes for HTTP/1.1 only); check a hand-written framer or proxy.',
  },
  related: ['http2/invalid-header-name'],
});
