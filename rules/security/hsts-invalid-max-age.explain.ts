// What `httpinspect explain security/hsts-invalid-max-age` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when a well-formed Strict-Transport-Security has no max-age, a max-age without a value, or a max-age that is not digits (`max-age=1y`, `max-age=-1`). A quoted number (`max-age=\"60\"`) is accepted, as the grammar allows.",
  breaks: [
    { client: "browsers", effect: "discard a policy without a usable max-age: the host is not remembered as https-only." },
  ],
  fixes: {
    express: "helmet sets it: `app.use(helmet({ strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } }))` (or `res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')`).",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True` (and `SECURE_HSTS_PRELOAD = True` only when ready) with `SecurityMiddleware`.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000).includeSubDomains(true)))`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-invalid-syntax", "security/hsts-short-max-age"],
});
