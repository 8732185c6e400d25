// What `httpinspect explain status/update-200-empty` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a PUT, PATCH or POST answered 200 with zero bytes of content.',
  breaks: [
    { client: 'fetch code calling `await res.json()`', effect: 'throws on the empty body.' },
    {
      client: 'browsers submitting forms',
      effect: 'navigate to an empty page (204 would keep the form page).',
    },
  ],
  fixes: {
    express: '`res.sendStatus(204)` (or `res.status(204).end()`), or keep 200 and `res.json(result)`.',
    fastify: '`reply.code(204).send()`, or return the result object with 200.',
    django: '`HttpResponse(status=204)`; DRF: `Response(status=status.HTTP_204_NO_CONTENT)` (DRF\'s generic DestroyAPIView already does this).',
    fastapi: 'Declare `status_code=204, response_class=Response` on the route and `return Response(status_code=204)`, or return the updated model with 200.',
    spring: '`ResponseEntity.noContent().build()`, or `@ResponseStatus(HttpStatus.NO_CONTENT)` on a void method.',
    go: '`w.WriteHeader(http.StatusNoContent)` with no body, or write the JSON result after `w.WriteHeader(http.StatusOK)`.',
  },
  related: ['204', '200', 'status/delete-200-empty'],
});
