// What `httpinspect explain content/json-mislabeled` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a body that parses as a JSON object or array is labelled text/html or text/plain.',
  breaks: [
    { client: 'axios, requests, generated clients', effect: 'return a string instead of an object.' },
    {
      client: 'browsers opening the URL',
      effect: 'render JSON that echoes user input as HTML (reflected XSS risk).',
    },
  ],
  fixes: {
    express: '`res.json(data)` instead of `res.send(JSON.stringify(data))` (which labels a string as text/html).',
    fastify: 'Send objects (`reply.send(obj)`) rather than pre-stringified JSON; or `reply.type("application/json")`.',
    django: '`JsonResponse(data)` instead of `HttpResponse(json.dumps(data))` (which defaults to text/html).',
    fastapi: 'Return the dict/model, or `JSONResponse(content)`; `HTMLResponse`/`PlainTextResponse` with JSON text mislabels it.',
    spring: 'Return objects from `@RestController` methods; returning a `String` of JSON uses text/plain unless `produces = MediaType.APPLICATION_JSON_VALUE`.',
    go: 'Set `w.Header().Set("Content-Type", "application/json")` before writing; otherwise net/http sniffs JSON as text/plain.',
  },
  related: ['content/invalid-json', 'content/missing-content-type'],
});
