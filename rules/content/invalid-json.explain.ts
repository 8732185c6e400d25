// What `httpinspect explain content/invalid-json` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a response labelled with a JSON media type (application/json, +json) has a body that does not parse as JSON (after content decoding).',
  breaks: [
    { client: 'fetch `res.json()`', effect: 'rejects with a SyntaxError.' },
    {
      client: 'axios, requests, generated SDKs',
      effect: 'raise parse errors instead of returning data, hiding the server\'s real error page.',
    },
  ],
  fixes: {
    express: 'Use `res.json(value)`; make sure error handlers do not send HTML with a JSON type and that nothing writes debug output into the response.',
    fastify: 'Return objects and let Fastify serialize; with response schemas (fast-json-stringify), make sure the schema matches.',
    django: 'Use `JsonResponse(data)` (DjangoJSONEncoder) rather than string templates; DRF renders JSON for you.',
    fastapi: 'Return models/dicts; NaN/Infinity floats are not valid JSON, so validate numbers or use a custom JSONResponse.',
    spring: 'Let Jackson serialize; check `@ControllerAdvice` handlers that return HTML error pages with `produces = "application/json"`.',
    go: 'Use `json.NewEncoder(w).Encode(v)` and check its error before writing anything else; do not `fmt.Fprintf` JSON by hand.',
  },
  related: ['content/json-mislabeled', 'status/error-in-200-body'],
});
