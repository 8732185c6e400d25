// What `httpinspect explain content/text-without-charset` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a text/* response (e.g. text/html, text/plain, text/csv) with content but no charset parameter.',
  breaks: [
    {
      client: 'browsers',
      effect: 'fall back to a locale-dependent legacy encoding (often windows-1252) and show mojibake.',
    },
    {
      client: 'HTTP libraries (requests: ISO-8859-1 for text/*)',
      effect: 'decode non-ASCII characters wrongly.',
    },
  ],
  fixes: {
    express: '`res.type("text/plain; charset=utf-8")`; `res.send(string)` adds the charset, but `res.set("Content-Type", "text/csv")` does not.',
    fastify: '`reply.type("text/plain; charset=utf-8")`.',
    django: 'Django adds `charset=settings.DEFAULT_CHARSET` unless you pass an explicit content_type: include it (`text/csv; charset=utf-8`).',
    fastapi: 'Starlette adds `charset=utf-8` to text/* media types of its Response classes; custom headers bypass it.',
    spring: 'Use `MediaType.TEXT_PLAIN` with `new MediaType("text", "plain", StandardCharsets.UTF_8)` or `produces = "text/plain;charset=UTF-8"`.',
    go: '`w.Header().Set("Content-Type", "text/plain; charset=utf-8")`.',
  },
  related: ['content/missing-content-type'],
});
