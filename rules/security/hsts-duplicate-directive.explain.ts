// What `httpinspect explain security/hsts-duplicate-directive` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires when a directive name appears more than once in the first Strict-Transport-Security field, compared case-insensitively: an error for max-age and includeSubDomains (`max-age=600; max-age=31536000`), which browsers reject, and a warning for other directives (`preload; preload`).",
  breaks: [
    { client: "Chromium, Firefox", effect: "treat the non-conforming field as invalid and store no policy." },
  ],
  fixes: {
    express: "Set the header once: either helmet's `strictTransportSecurity` or your own `res.set`, not a string concatenated by two middlewares.",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True` (and `SECURE_HSTS_PRELOAD = True` only when ready) with `SecurityMiddleware`.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000).includeSubDomains(true)))`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-repeated", "security/hsts-invalid-syntax"],
});
