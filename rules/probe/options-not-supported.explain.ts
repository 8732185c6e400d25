// What `httpinspect explain probe/options-not-supported` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe options`: reports (info) an OPTIONS answered 405 or 501.",
  breaks: [
    { client: "browsers", effect: "fail cross-origin requests that need a CORS preflight." },
    { client: "API discovery tools", effect: "cannot learn which methods the resource supports." },
  ],
  fixes: {
    express: "Express answers OPTIONS automatically for defined routes; for static files add `app.options(\"*\", ...)` or use the cors middleware.",
    fastify: "Register an OPTIONS route (or @fastify/cors with `preflight: true`).",
    django: "Class-based views answer OPTIONS; function views need \"OPTIONS\" in `@require_http_methods`.",
    fastapi: "Add \"OPTIONS\" to `api_route` methods, or use CORSMiddleware for preflights.",
    spring: "Spring MVC answers OPTIONS by default (`dispatchOptionsRequest`); check that a security filter does not reject it.",
    go: "Add `mux.HandleFunc(\"OPTIONS /path\", ...)` that sets Allow and writes 204.",
  },
  related: ["405", "501", "probe/allow-inconsistent"],
});
