// What `httpinspect explain status/redirect-to-self` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Location resolves (fragment ignored) to the request URI and the redirect repeats the same method: 307/308 always, 301/302/303 after GET or HEAD. Quiet for 303 after POST (Post/Redirect/Get), 301/302 after POST, and redirects that set a cookie (cookie checks, sticky sessions) or carry Retry-After (waiting rooms).',
  breaks: [
    { client: 'browsers', effect: 'show "This page isn\'t working: redirected you too many times" (ERR_TOO_MANY_REDIRECTS).' },
    { client: 'HTTP clients (curl -L, requests, fetch)', effect: 'fail after 20–50 identical round trips.' },
  ],
  fixes: {
    express: 'Behind a TLS-terminating proxy set `app.set("trust proxy", 1)` so `req.secure` is right before redirecting to https; never `res.redirect(req.originalUrl)`.',
    fastify: 'Set `trustProxy: true` so `request.protocol` reflects X-Forwarded-Proto before https redirects.',
    django: 'Set `SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")` behind a proxy, or `SECURE_SSL_REDIRECT` loops; check `APPEND_SLASH` rewrites against your URLconf.',
    fastapi: 'Run uvicorn with `--proxy-headers --forwarded-allow-ips=…` so HTTPSRedirectMiddleware sees https; check trailing-slash redirects (`redirect_slashes`).',
    spring: 'Set `server.forward-headers-strategy=framework` behind a proxy so `requiresSecure()` does not loop; check login redirects that point at the protected page itself.',
    go: 'Read X-Forwarded-Proto before redirecting to https; make sure `http.Redirect` targets differ from `r.URL`.',
  },
  related: ['301', '302', '307', '308', 'status/redirect-without-location', 'status/insecure-redirect'],
});
