// What `httpinspect explain security/missing-csp` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a successful HTML/XHTML/SVG/XML document shown inline with no Content-Security-Policy(-Report-Only) header and no <meta http-equiv=\"Content-Security-Policy\"> in its first 64 KiB. Never on JSON APIs, 204, redirects or 304.",
  breaks: [
    { client: "users", effect: "run any script injected into the page with its full privileges." },
  ],
  fixes: {
    express: "helmet's `contentSecurityPolicy: { directives: { scriptSrc: [\"'self'\", (req, res) => `'nonce-${res.locals.nonce}'`], objectSrc: [\"'none'\"] } }`, with a fresh `res.locals.nonce = crypto.randomBytes(16).toString('base64')` per request.",
    fastify: "@fastify/helmet with `enableCSPNonces: true`, then use `reply.cspNonce.script` in templates.",
    django: "django-csp (`CSP_SCRIPT_SRC`, `CSP_INCLUDE_NONCE_IN`) or Django 6's `SECURE_CSP` with `CSP.NONCE`, and `{{ csp_nonce }}` in templates.",
    fastapi: "Generate a nonce per request in a middleware, pass it to the Jinja2 template, and set `Content-Security-Policy: script-src 'self' 'nonce-…'; object-src 'none'`.",
    spring: "`http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(\"script-src 'self' 'nonce-…'; object-src 'none'\")))` with a per-request nonce filter.",
    go: "Per request: `nonce := base64.StdEncoding.EncodeToString(random16)`; `w.Header().Set(\"Content-Security-Policy\", \"script-src 'self' 'nonce-\"+nonce+\"'; object-src 'none'\")`.",
  },
  related: ["security/csp-unsafe-inline", "security/missing-frame-protection"],
});
