// What `httpinspect explain cookies/secure-over-http` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when a response received over plain http sets a Secure cookie; (info) when that response is a redirect to https. The host judged is the one the request named (its Host header): loopback hosts are exempt, because Chromium and Firefox treat http://localhost as secure.",
  breaks: [
    { client: "browsers", effect: "ignore a Secure cookie set over http: the cookie is never stored" },
  ],
  fixes: {
    express: "Redirect http to https first; behind a proxy set `app.set(\"trust proxy\", 1)` so `secure` cookies are only sent when `req.secure`.",
    fastify: "Redirect to https (e.g. in an onRequest hook) before setting cookies; set `trustProxy: true` behind a proxy.",
    django: "`SECURE_SSL_REDIRECT = True` and `SECURE_PROXY_SSL_HEADER` behind a proxy.",
    fastapi: "Add `HTTPSRedirectMiddleware` and run uvicorn with `--proxy-headers` behind a proxy.",
    spring: "`http.requiresChannel(c -> c.anyRequest().requiresSecure())` and `server.forward-headers-strategy=native`.",
    go: "Serve an http→https redirect on port 80 and set cookies only in the https handler.",
  },
  related: ["cookies/missing-secure", "status/insecure-redirect"],
});
