// What `httpinspect explain probe/allow-inconsistent` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe options`: fires (warning) when a 2xx OPTIONS' Allow omits a method (other than HEAD/OPTIONS) that the same URL just answered with 2xx; when a 405's Allow lists the very method refused; or when a 405's Allow and OPTIONS' Allow differ as sets (ignoring OPTIONS and HEAD). Not evaluated when OPTIONS has no Allow.",
  breaks: [
    { client: "API clients and generated SDKs", effect: "conclude a supported method is not allowed, or try one that is refused." },
  ],
  fixes: {
    express: "Express's automatic OPTIONS answer builds Allow from the routes; a hand-written `app.options` must list every method the route handles.",
    fastify: "Build Allow from the route's methods; @fastify/cors answers preflights but not plain OPTIONS Allow.",
    django: "Class-based views answer OPTIONS with Allow from `_allowed_methods()`; function views need `@require_http_methods` kept in sync.",
    fastapi: "Starlette 405s list the route's methods; a custom OPTIONS route must return the same list.",
    spring: "Spring answers OPTIONS and 405 from the handler mappings; custom filters that answer OPTIONS must not hard-code Allow.",
    go: "Go 1.22 ServeMux builds Allow on 405 from the patterns; a manual OPTIONS handler must list the same methods.",
  },
  related: ["405", "status/405-without-allow", "probe/options-not-supported"],
});
