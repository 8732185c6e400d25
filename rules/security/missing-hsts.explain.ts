// What `httpinspect explain security/missing-hsts` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a successful HTML/XHTML/SVG/XML document served over https without Strict-Transport-Security. Never on JSON APIs, 204, 206, redirects, 304 or plain http.",
  breaks: [
    { client: "users on hostile networks", effect: "whose first request goes over http can be kept on http by an attacker (SSL stripping)." },
  ],
  fixes: {
    express: "helmet sets it: `app.use(helmet({ strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } }))` (or `res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')`).",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True` (and `SECURE_HSTS_PRELOAD = True` only when ready) with `SecurityMiddleware`.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000).includeSubDomains(true)))`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-over-http", "security/hsts-short-max-age"],
});
