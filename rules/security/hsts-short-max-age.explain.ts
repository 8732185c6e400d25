// What `httpinspect explain security/hsts-short-max-age` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a valid Strict-Transport-Security whose max-age is above 0 and below 31536000 s (one year; exactly one year is quiet) when preload is not requested (preload has its own rule).",
  breaks: [
    { client: "returning visitors", effect: "whose entry expired make their first request over plain http again, open to SSL stripping." },
  ],
  fixes: {
    express: "helmet sets it: `app.use(helmet({ strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } }))` (or `res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')`).",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True` (and `SECURE_HSTS_PRELOAD = True` only when ready) with `SecurityMiddleware`.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000).includeSubDomains(true)))`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-preload-requirements", "security/hsts-max-age-zero"],
});
