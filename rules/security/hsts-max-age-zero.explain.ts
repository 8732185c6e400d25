// What `httpinspect explain security/hsts-max-age-zero` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a valid Strict-Transport-Security with max-age=0, which tells browsers to delete the host's HSTS entry. Legitimate when rolling HSTS back; otherwise https is no longer enforced.",
  breaks: [
    { client: "browsers", effect: "forget the HSTS entry: later http:// links and typed host names go over plain http first." },
  ],
  fixes: {
    express: "helmet sets it: `app.use(helmet({ strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } }))` (or `res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')`).",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 0` sends no header at all; to actively clear a policy, set the header `max-age=0` yourself during the rollback, then raise it again.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31536000).includeSubDomains(true)))`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-short-max-age", "security/missing-hsts"],
});
