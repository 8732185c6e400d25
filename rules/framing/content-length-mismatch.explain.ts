// What `httpinspect explain framing/content-length-mismatch` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when the number of body bytes received differs from Content-Length: fewer before the connection closed (truncated), or more than announced (surplus bytes after the body).',
  breaks: [
    {
      client: 'curl',
      effect: 'reports "transfer closed with N bytes remaining to read" (exit 18) on a short body.',
    },
    {
      client: 'fetch / undici / axios',
      effect: 'reject with "terminated" / "aborted" on a short body; surplus bytes desynchronise the next response on a kept-alive connection.',
    },
    {
      client: 'browsers',
      effect: 'show a partial page, fail to decode an image or script, or report ERR_CONTENT_LENGTH_MISMATCH.',
    },
  ],
  fixes: {
    express: 'Never set Content-Length by hand from `string.length` (characters, not bytes): let `res.send` compute it, or use `Buffer.byteLength(body)`. Do not change the body in later middleware.',
    fastify: 'Let Fastify compute Content-Length; if you set it, use `Buffer.byteLength(payload)` and do not modify the payload in onSend hooks afterwards.',
    django: 'Let Django set Content-Length; a length computed from `len(str)` instead of the encoded bytes is wrong for non-ASCII content.',
    fastapi: 'Let Starlette compute it; middleware that rewrites the body must update or drop Content-Length.',
    spring: 'Do not call `setContentLength` with a character count; let the container compute it or stream with chunked encoding.',
    go: 'Set Content-Length to `len(bodyBytes)` of the exact bytes written, or leave it unset; net/http returns `http.ErrContentLength` when you write more than declared, and a handler that returns early leaves the body short.',
  },
  related: ['framing/invalid-content-length', 'framing/close-delimited', 'framing/incomplete-head'],
});
