// What `httpinspect explain status/405-without-allow` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a 405 with no Allow header (an empty Allow is valid: it means no method is allowed).',
  breaks: [
    { client: 'API explorers and generic clients', effect: 'cannot tell which method to use.' },
    {
      client: 'developers debugging CORS',
      effect: 'cannot tell a preflight blocked by routing from a missing resource.',
    },
  ],
  fixes: {
    express: 'Express answers unmatched methods with 404, so a 405 is yours: `app.route("/items").get(list).post(create).all((req, res) => res.set("Allow", "GET, HEAD, POST").sendStatus(405))`.',
    fastify: 'Fastify answers unregistered methods with 404; register a catch-all for the other methods that sends `reply.code(405).header("Allow", "GET, HEAD, POST").send()`.',
    django: 'Return `HttpResponseNotAllowed(["GET", "POST"])` (it sets Allow); `@require_http_methods` and class-based views do this for you, as does DRF.',
    fastapi: 'Starlette answers methods a path does not support with 405 and Allow; a hand-raised 405 needs `HTTPException(405, headers={"Allow": "GET, POST"})`.',
    spring: 'Spring MVC answers unsupported methods with 405 and sets Allow (HttpRequestMethodNotSupportedException); custom exception handlers must keep the header.',
    go: 'With Go 1.22+ method patterns (`mux.HandleFunc("GET /items", …)`) ServeMux answers 405 with Allow; by hand set `w.Header().Set("Allow", "GET, POST")` before writing 405.',
  },
  related: ['405', 'cors/preflight-failed-status'],
});
