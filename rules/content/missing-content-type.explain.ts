// What `httpinspect explain content/missing-content-type` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a response has content (at least one byte) but no Content-Type.',
  breaks: [
    {
      client: 'browsers',
      effect: 'sniff the content, or refuse to use it with `X-Content-Type-Options: nosniff`.',
    },
    {
      client: 'API clients',
      effect: 'treat the body as application/octet-stream and hand back raw bytes.',
    },
  ],
  fixes: {
    express: '`res.type("json")`/`res.json()`; `res.send(Buffer)` defaults to application/octet-stream, but `res.end(data)` and raw writes set nothing.',
    fastify: 'Fastify sets a type for objects and strings; for streams and buffers call `reply.type(...)`.',
    django: 'HttpResponse always sets one (`text/html; charset=utf-8` by default, which is wrong for non-HTML: pass `content_type=`); a missing type comes from `del response["Content-Type"]`, a proxy stripping it, or a raw WSGI app.',
    fastapi: 'Use a Response class with a `media_type` (`Response(content, media_type="text/csv")`); plain `Response(content)` has none.',
    spring: 'Set `produces` or `ResponseEntity.contentType(...)`; `StreamingResponseBody` has no default type.',
    go: 'net/http sniffs a type on the first Write when none is set, so a missing type means the handler suppressed it (`w.Header()["Content-Type"] = nil`) or a proxy stripped it; set it explicitly.',
  },
  related: ['content/invalid-content-type', 'content/text-without-charset'],
});
