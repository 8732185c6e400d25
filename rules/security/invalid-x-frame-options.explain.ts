// What `httpinspect explain security/invalid-x-frame-options` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires when X-Frame-Options is neither DENY nor SAMEORIGIN (case-insensitive): unknown values are errors, ALLOW-FROM (obsolete) and conflicting values (DENY, SAMEORIGIN: browsers then block every frame) are warnings. Quiet when an enforced CSP has frame-ancestors, which replaces X-Frame-Options.",
  breaks: [
    { client: "Chromium, Firefox, Safari", effect: "ignore unknown values and ALLOW-FROM, so the page can be framed by any site." },
  ],
  fixes: {
    express: "helmet sends `X-Frame-Options: SAMEORIGIN` and a CSP with `frame-ancestors 'self'`; to allow partners: `helmet({ contentSecurityPolicy: { directives: { frameAncestors: [\"'self'\", 'https://partner.example'] } } })`.",
    fastify: "@fastify/helmet: `frameguard: { action: 'deny' }`, or `contentSecurityPolicy.directives.frameAncestors`.",
    django: "`XFrameOptionsMiddleware` with `X_FRAME_OPTIONS = 'DENY'` (the default) or `'SAMEORIGIN'`.",
    fastapi: "In a middleware: `response.headers['X-Frame-Options'] = 'DENY'` (and CSP `frame-ancestors 'none'`).",
    spring: "`http.headers(h -> h.frameOptions(f -> f.sameOrigin()))` (default is DENY).",
    go: "`w.Header().Set(\"X-Frame-Options\", \"DENY\")`, or `Content-Security-Policy: frame-ancestors 'none'`.",
  },
  related: ["security/missing-frame-protection", "security/csp-duplicate-directive"],
});
