// What `httpinspect explain framing/chunked-not-last` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a response has Transfer-Encoding but its last coding is not `chunked` (e.g. `Transfer-Encoding: gzip` or `chunked, gzip`): legal, but the body then ends only when the connection closes. A warning; info when the request\'s TE asked for that coding, or for `identity`.',
  breaks: [
    { client: 'Node http, fetch and browsers', effect: 'read the body to close without decoding the transfer coding, so the application gets gzip (or other coded) bytes.' },
    {
      client: 'proxies and other clients',
      effect: 'read the body to connection close or try to de-chunk it; a proxy and a client that disagree split the stream differently (smuggling risk).',
    },
  ],
  fixes: {
    express: 'Do not set Transfer-Encoding by hand; use the `compression` middleware (it sets Content-Encoding) and let Node chunk the body.',
    fastify: 'Do not set Transfer-Encoding; use @fastify/compress (Content-Encoding) and let Node frame the body.',
    django: 'Do not set Transfer-Encoding (it is a hop-by-hop header WSGI applications must not send); use `GZipMiddleware`, which sets Content-Encoding.',
    fastapi: 'Do not set Transfer-Encoding; use Starlette\'s `GZipMiddleware`, and let Uvicorn chunk StreamingResponse bodies.',
    spring: 'Do not set Transfer-Encoding; enable `server.compression.enabled=true` (Content-Encoding) and let the container chunk.',
    go: 'Do not set Transfer-Encoding yourself; compress with a gzip handler that sets Content-Encoding, and net/http chunks automatically when no Content-Length is known.',
  },
  related: [
    'framing/content-length-with-transfer-encoding',
    'framing/close-delimited',
    'content/invalid-content-encoding',
  ],
});
