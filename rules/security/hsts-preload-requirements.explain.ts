// What `httpinspect explain security/hsts-preload-requirements` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when a valid Strict-Transport-Security includes `preload` but lacks includeSubDomains or has max-age under 31536000 s (the preload list's submission requirements). Quiet on max-age=0.",
  breaks: [
    { client: "hstspreload.org / Chromium preload list", effect: "refuses the submission or removes the domain, so browsers never ship it preloaded." },
  ],
  fixes: {
    express: "`helmet({ strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true, preload: true } })`.",
    fastify: "`await fastify.register(require('@fastify/helmet'), { strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true } })`.",
    django: "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True`, `SECURE_HSTS_PRELOAD = True`.",
    fastapi: "Add it in a middleware: `@app.middleware('http')` … `response.headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'`.",
    spring: "`hsts.maxAgeInSeconds(31536000).includeSubDomains(true).preload(true)`.",
    go: "In a middleware: `w.Header().Set(\"Strict-Transport-Security\", \"max-age=31536000; includeSubDomains\")` (or unrolled/secure `STSSeconds: 31536000, STSIncludeSubdomains: true`).",
  },
  related: ["security/hsts-short-max-age", "security/hsts-directive-with-value"],
});
