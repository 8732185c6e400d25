// What `httpinspect explain security/missing-x-content-type-options` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a successful HTML/XHTML/SVG/XML document shown inline without X-Content-Type-Options. Never on JSON APIs, 204, redirects or 304.",
  breaks: [
    { client: "browsers", effect: "may sniff a response into a more dangerous type than declared." },
  ],
  fixes: {
    express: "helmet sends it by default (`app.use(helmet())`), or `res.set('X-Content-Type-Options', 'nosniff')`.",
    fastify: "`fastify.register(require('@fastify/helmet'))` sends `nosniff`.",
    django: "`SECURE_CONTENT_TYPE_NOSNIFF = True` (the default) with `SecurityMiddleware` enabled.",
    fastapi: "In a middleware: `response.headers['X-Content-Type-Options'] = 'nosniff'`.",
    spring: "Spring Security sends it by default; keep `http.headers(h -> h.contentTypeOptions(Customizer.withDefaults()))`.",
    go: "`w.Header().Set(\"X-Content-Type-Options\", \"nosniff\")` in a middleware.",
  },
  related: ["security/invalid-x-content-type-options", "content/missing-content-type"],
});
