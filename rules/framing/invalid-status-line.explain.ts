// What `httpinspect explain framing/invalid-status-line` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when the first line is not `HTTP/1.x <3 digits> <reason>`: wrong version, missing space, code outside 100–599, or a reply that is not HTTP at all (TLS alert, another protocol, HTTP/0.9 body).',
  breaks: [
    {
      client: 'Node/undici',
      effect: 'reject the response (HPE_INVALID_CONSTANT / "Response does not match the HTTP/1.1 protocol").',
    },
    {
      client: 'browsers and curl',
      effect: 'fail with ERR_INVALID_HTTP_RESPONSE / "Unsupported HTTP/1 subversion" or treat the reply as HTTP/0.9 (usually refused).',
    },
  ],
  fixes: {
    express: 'Node writes valid status lines for numeric codes 100–999; check the port and scheme (an https server answering http, or a non-HTTP service) and hand-written responses on raw sockets.',
    fastify: 'Same as Express; Fastify validates status codes passed to `reply.code()`.',
    django: 'The WSGI server writes the status line from `response.status_code`; check the port/scheme and proxies.',
    fastapi: 'Uvicorn writes the status line; check the port/scheme and proxies.',
    spring: 'The container writes the status line; check the port/scheme (e.g. TLS on a plain-HTTP port) and proxies.',
    go: 'net/http writes valid lines (and panics on codes outside 100–999); check the port/scheme and hijacked connections.',
  },
  related: ['framing/incomplete-head', 'status/unregistered-code'],
});
