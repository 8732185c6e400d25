// What `httpinspect explain security/hsts-over-http` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) when Strict-Transport-Security comes on a response received over plain http. Quiet over https; not evaluated for raw input whose scheme is unknown.",
  breaks: [
    { client: "browsers", effect: "ignore the field over http (RFC 6797 §8.1); only the https response sets the policy." },
  ],
  fixes: {
    express: "helmet sends it on every response; behind a TLS proxy that is fine. Without one, redirect http to https first (`if (!req.secure) return res.redirect(301, 'https://' + req.headers.host + req.url)`).",
    fastify: "Redirect http to https (e.g. a `onRequest` hook checking `request.protocol`) and let @fastify/helmet add HSTS to the https responses.",
    django: "`SECURE_SSL_REDIRECT = True`; SecurityMiddleware only adds HSTS to secure requests (set `SECURE_PROXY_SSL_HEADER` behind a proxy).",
    fastapi: "Add `HTTPSRedirectMiddleware` and set HSTS only when `request.url.scheme == 'https'`.",
    spring: "Spring Security writes HSTS only for secure requests by default; if you forced it with a custom matcher, restore `requestMatcher(AnyRequestMatcher)` only behind TLS.",
    go: "Serve http with `http.Redirect(w, r, \"https://\"+r.Host+r.URL.RequestURI(), http.StatusMovedPermanently)` and set HSTS in the TLS server's handler only.",
  },
  related: ["security/missing-hsts", "status/insecure-redirect"],
});
