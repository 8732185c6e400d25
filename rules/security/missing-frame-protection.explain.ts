// What `httpinspect explain security/missing-frame-protection` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a successful HTML/XHTML/SVG/XML document shown inline with neither X-Frame-Options nor an enforced CSP frame-ancestors. Never on JSON APIs, 204, redirects or 304.",
  breaks: [
    { client: "users", effect: "can be tricked into clicking inside an invisible frame of the page (clickjacking)." },
  ],
  fixes: {
    express: "helmet sends `X-Frame-Options: SAMEORIGIN` and a CSP with `frame-ancestors 'self'`; to allow partners: `helmet({ contentSecurityPolicy: { directives: { frameAncestors: [\"'self'\", 'https://partner.example'] } } })`.",
    fastify: "@fastify/helmet: `frameguard: { action: 'deny' }`, or `contentSecurityPolicy.directives.frameAncestors`.",
    django: "`XFrameOptionsMiddleware` with `X_FRAME_OPTIONS = 'DENY'` (the default) or `'SAMEORIGIN'`.",
    fastapi: "In a middleware: `response.headers['X-Frame-Options'] = 'DENY'` (and CSP `frame-ancestors 'none'`).",
    spring: "`http.headers(h -> h.frameOptions(f -> f.sameOrigin()))` (default is DENY).",
    go: "`w.Header().Set(\"X-Frame-Options\", \"DENY\")`, or `Content-Security-Policy: frame-ancestors 'none'`.",
  },
  related: ["security/invalid-x-frame-options", "security/missing-csp"],
});
