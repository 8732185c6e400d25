// What `httpinspect explain content/invalid-content-type` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when Content-Type is not a valid `type/subtype; param=value` media type, or when several Content-Type lines disagree.',
  breaks: [
    {
      client: 'browsers',
      effect: 'treat the body as unknown and sniff, or refuse it as a script or stylesheet.',
    },
    {
      client: 'API clients',
      effect: 'skip JSON parsing or use the wrong charset; with several types each client picks a different one.',
    },
  ],
  fixes: {
    express: '`res.type("json")` or `res.set("Content-Type", "application/json; charset=utf-8")`; never build the value by string concatenation.',
    fastify: '`reply.type("application/json; charset=utf-8")`.',
    django: 'Pass `content_type="text/csv; charset=utf-8"` to HttpResponse.',
    fastapi: 'Use `media_type="text/csv"` on the Response class; Starlette adds the charset for text types.',
    spring: 'Use `MediaType` constants in `produces` or `ResponseEntity.contentType(MediaType.APPLICATION_JSON)`.',
    go: '`w.Header().Set("Content-Type", "application/json")`; `mime.FormatMediaType` builds valid values.',
  },
  related: ['content/missing-content-type', 'headers/duplicate-singleton'],
});
