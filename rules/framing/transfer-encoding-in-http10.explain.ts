// What `httpinspect explain framing/transfer-encoding-in-http10` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a response with an HTTP/1.0 status line carries Transfer-Encoding.',
  breaks: [
    { client: 'HTTP/1.0 clients', effect: 'take the chunk framing as part of the body.' },
    {
      client: 'HTTP/1.1 clients (RFC 9112)',
      effect: 'must treat the framing as faulty and close the connection afterwards.',
    },
  ],
  fixes: {
    express: 'Node answers with HTTP/1.1 and only chunks for HTTP/1.1 requests; an HTTP/1.0 status line with chunking comes from a proxy or hand-written server.',
    fastify: 'Same as Express (Node http).',
    django: 'The WSGI server writes the status line; check it and the proxy (e.g. nginx `proxy_http_version`).',
    fastapi: 'Uvicorn writes HTTP/1.1; check the proxy.',
    spring: 'The container writes the status line; check proxies.',
    go: 'net/http does not chunk for HTTP/1.0; check proxies or hijacked connections.',
  },
  related: ['framing/close-delimited'],
});
