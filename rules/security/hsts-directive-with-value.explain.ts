// What `httpinspect explain security/hsts-directive-with-value` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires when includeSubDomains (error) or preload (warning) is written with a value (`includeSubDomains=true`, `preload=1`). Both are valueless.",
  breaks: [
    { client: "Chromium and Firefox", effect: "reject the whole field when includeSubDomains has a value, so no policy is stored." },
    { client: "hstspreload.org", effect: "refuses a header whose preload directive carries a value." },
  ],
  fixes: {
    express: "helmet writes the directives bare; if you build the header by hand, write `includeSubDomains; preload`, not `includeSubDomains=true`.",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True` (and `SECURE_HSTS_PRELOAD = True` only when ready) with `SecurityMiddleware`.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000).includeSubDomains(true)))`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-invalid-syntax", "security/hsts-preload-requirements"],
});
