// What `httpinspect explain security/invalid-x-content-type-options` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when the first value of X-Content-Type-Options (lines combined, split on commas) is not `nosniff`, case-insensitively: `no-sniff`, `nosniff;`, `true`, or empty. `nosniff, nosniff` from two layers is quiet.",
  breaks: [
    { client: "browsers", effect: "ignore the header and keep MIME sniffing, so mislabelled content may be rendered as HTML or run as script." },
  ],
  fixes: {
    express: "helmet sends it by default (`app.use(helmet())`), or `res.set('X-Content-Type-Options', 'nosniff')`.",
    fastify: "`fastify.register(require('@fastify/helmet'))` sends `nosniff`.",
    django: "`SECURE_CONTENT_TYPE_NOSNIFF = True` (the default) with `SecurityMiddleware` enabled.",
    fastapi: "In a middleware: `response.headers['X-Content-Type-Options'] = 'nosniff'`.",
    spring: "Spring Security sends it by default; keep `http.headers(h -> h.contentTypeOptions(Customizer.withDefaults()))`.",
    go: "`w.Header().Set(\"X-Content-Type-Options\", \"nosniff\")` in a middleware.",
  },
  related: ["security/missing-x-content-type-options", "content/invalid-content-type"],
});
