// What `httpinspect explain security/hsts-invalid-syntax` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when the first Strict-Transport-Security field does not match RFC 6797's grammar: a directive name that is not a token, `name=` with no value, or a value that is neither a token nor a quoted string. Empty directives (`max-age=60;`) are allowed.",
  breaks: [
    { client: "Chromium, Firefox, Safari", effect: "ignore the whole field, so no HSTS policy is stored and first visits stay on plain http." },
  ],
  fixes: {
    express: "helmet sets it: `app.use(helmet({ strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } }))` (or `res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')`).",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True` (and `SECURE_HSTS_PRELOAD = True` only when ready) with `SecurityMiddleware`.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000).includeSubDomains(true)))`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-invalid-max-age", "security/hsts-duplicate-directive"],
});
