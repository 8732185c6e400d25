// What `httpinspect explain status/insecure-redirect` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a redirect (301, 302, 303, 307, 308) of an https URL has a Location that resolves to plain http.',
  breaks: [
    {
      client: 'browsers with HSTS',
      effect: 'refuse to follow or upgrade it; without HSTS the next request, its non-Secure cookies and the URL travel unencrypted.',
    },
    {
      client: 'API clients',
      effect: 'follow it over plain http, exposing tokens in the URL and letting anyone on the path change the response.',
    },
  ],
  fixes: {
    express: 'Usually TLS ends at a proxy and Express thinks the request was http: `app.set("trust proxy", 1)` so `req.protocol` is https, or redirect to a relative path.',
    fastify: 'Create the server with `trustProxy: true` so `request.protocol` reflects X-Forwarded-Proto, or use relative Locations.',
    django: 'Set `SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")` behind a TLS-terminating proxy so `build_absolute_uri()` produces https.',
    fastapi: 'Run Uvicorn with `--proxy-headers --forwarded-allow-ips=<proxy ip>` so `request.url_for()` builds https URLs, or use relative redirects.',
    spring: 'Set `server.forward-headers-strategy=native` (or `framework`) so redirects built from the request use https.',
    go: 'Build absolute URLs from X-Forwarded-Proto when behind a proxy, or pass a relative path to `http.Redirect`.',
  },
  related: ['301', '302', '308', 'status/redirect-without-location'],
});
