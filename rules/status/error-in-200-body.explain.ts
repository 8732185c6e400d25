// What `httpinspect explain status/error-in-200-body` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 2xx JSON response whose top-level object signals failure, e.g. `"success": false`, `"ok": false`, `"status": "error"` or a non-empty `"error"`/`"errors"` member.',
  breaks: [
    {
      client: 'fetch / axios',
      effect: '`res.ok` is true and axios resolves, so error handling never runs.',
    },
    {
      client: 'retry logic, caches and CDNs',
      effect: 'never retry and may cache the failure as a success.',
    },
    {
      client: 'monitoring and dashboards',
      effect: 'count the failure as a success (error rates stay green).',
    },
  ],
  fixes: {
    express: '`res.status(422).type("application/problem+json").json({ title, detail })`, and an error middleware `(err, req, res, next) => res.status(err.status ?? 500).json(...)`.',
    fastify: '`reply.code(422).send({ ... })` or throw errors with a `statusCode`; customize with `fastify.setErrorHandler`.',
    django: '`JsonResponse({...}, status=400)`; in DRF raise `ValidationError`/`APIException` subclasses (correct 4xx), or return `Response(data, status=...)`.',
    fastapi: '`raise HTTPException(status_code=422, detail=...)` or return `JSONResponse(status_code=..., content=...)`; register exception handlers for domain errors.',
    spring: 'Throw `ResponseStatusException` or handle exceptions in a `@RestControllerAdvice` returning `ProblemDetail` with the right status.',
    go: 'Write the status before the body: `w.Header().Set("Content-Type", "application/problem+json"); w.WriteHeader(http.StatusUnprocessableEntity); json.NewEncoder(w).Encode(problem)`.',
  },
  related: ['200', '400', '422', '500'],
});
