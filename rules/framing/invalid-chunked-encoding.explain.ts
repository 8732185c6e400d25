// What `httpinspect explain framing/invalid-chunked-encoding` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a chunked body is malformed (bad chunk-size line, missing CRLF after chunk data, bad trailer section) or ends without the final zero-size chunk before the connection closes.',
  breaks: [
    {
      client: 'Node, curl, browsers',
      effect: 'abort the response ("Parse Error: Invalid character in chunk size", curl "transfer closed with outstanding read data remaining").',
    },
    { client: 'caches', effect: 'refuse to store a truncated chunked body.' },
  ],
  fixes: {
    express: 'Let Node chunk: call `res.write()` for pieces and always finish with `res.end()` (also on errors); never write chunk framing into the body yourself.',
    fastify: 'Send streams with `reply.send(stream)` and make sure stream errors end the reply; never hand-write chunk framing.',
    django: 'Yield from `StreamingHttpResponse` and let the server chunk; an exception in the generator truncates the body, so handle errors inside it.',
    fastapi: 'Use `StreamingResponse`; exceptions in the async generator leave the stream truncated, so catch them in the generator.',
    spring: 'Use `StreamingResponseBody` or SSE emitters and complete them (`emitter.complete()`); the container chunks.',
    go: 'Let net/http chunk (do not set Content-Length, call `Flush` as needed); panics mid-stream truncate the body.',
  },
  related: ['framing/content-length-mismatch', 'framing/chunked-not-last'],
});
