// What `httpinspect explain status/405-allows-refused-method` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 405 whose Allow lists the request\'s own method (case-sensitive). Not evaluated for a raw response without its saved request.',
  breaks: [
    { client: 'API explorers and generic clients', effect: 'retry the refused method because Allow says it is supported.' },
    { client: 'developers', effect: 'cannot tell whether the method or the request content is the problem.' },
  ],
  fixes: {
    express: 'Build Allow from the methods the route registers (`app.route(path).get(...).post(...)`), and answer other failures with 400/403/409/422, not 405.',
    fastify: 'Reply 405 only from the catch-all for unregistered methods, with the registered methods in Allow.',
    django: '`HttpResponseNotAllowed(permitted_methods)` must not include the request method; a view that supports it should return 400/403/409.',
    fastapi: 'Starlette builds Allow from the route; a hand-raised `HTTPException(405)` for validation errors should be 422 or 400.',
    spring: 'Spring builds Allow from the mappings; custom `HttpRequestMethodNotSupportedException` throws must pass the supported methods, not the refused one.',
    go: 'Go 1.22 ServeMux builds Allow from registered patterns; by hand, list the methods your switch handles.',
  },
  related: ['405', 'status/405-without-allow'],
});
