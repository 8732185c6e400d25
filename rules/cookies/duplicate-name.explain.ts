// What `httpinspect explain cookies/duplicate-name` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when two Set-Cookie fields of one response set the same cookie name for the same domain and path (browsers keep only the last); (info) when the first one is a deletion, or the domain or path differ (browsers keep both and send two cookies of that name).",
  breaks: [
    { client: "browsers", effect: "keep only the last cookie of a name, domain and path; the other value is lost" },
    { client: "servers reading two cookies of one name", effect: "take the first or the last depending on the framework" },
  ],
  fixes: {
    express: "Look for a second writer: express-session plus a manual `res.cookie` of the same name, or `res.cookie` in two middlewares.",
    fastify: "Check plugins and hooks that both call `reply.setCookie` with the same name.",
    django: "Check middleware and views that both call `set_cookie` for the same key (e.g. a custom language cookie and LocaleMiddleware).",
    fastapi: "Check dependencies and middleware that both call `response.set_cookie` with the same key.",
    spring: "Check filters (Spring Session, Spring Security remember-me) and controllers that both add the cookie.",
    go: "Check handlers and middleware that both call `http.SetCookie` with the same Name.",
  },
  related: ["cookies/duplicate-attribute"],
});
