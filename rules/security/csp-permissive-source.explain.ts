// What `httpinspect explain security/csp-permissive-source` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when the directive governing scripts (script-src or default-src, script-src-elem/-attr) has `*`, `http:`, `https:`, `data:`, `http://*` or `https://*`, or the one governing plugins (object-src or default-src) has `*`, `http:`, `https:`. Quiet for script directives with 'strict-dynamic', which makes browsers ignore host and scheme sources (the backward-compatible strict CSP).",
  breaks: [
    { client: "browsers", effect: "load scripts or plugins from any host, so an injected <script src=\"https://evil.example/x.js\"> runs." },
  ],
  fixes: {
    express: "helmet's `contentSecurityPolicy: { directives: { scriptSrc: [\"'self'\", (req, res) => `'nonce-${res.locals.nonce}'`], objectSrc: [\"'none'\"] } }`, with a fresh `res.locals.nonce = crypto.randomBytes(16).toString('base64')` per request.",
    fastify: "@fastify/helmet with `enableCSPNonces: true`, then use `reply.cspNonce.script` in templates.",
    django: "django-csp (`CSP_SCRIPT_SRC`, `CSP_INCLUDE_NONCE_IN`) or Django 6's `SECURE_CSP` with `CSP.NONCE`, and `{{ csp_nonce }}` in templates.",
    fastapi: "Generate a nonce per request in a middleware, pass it to the Jinja2 template, and set `Content-Security-Policy: script-src 'self' 'nonce-…'; object-src 'none'`.",
    spring: "`http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(\"script-src 'self' 'nonce-…'; object-src 'none'\")))` with a per-request nonce filter.",
    go: "Per request: `nonce := base64.StdEncoding.EncodeToString(random16)`; `w.Header().Set(\"Content-Security-Policy\", \"script-src 'self' 'nonce-\"+nonce+\"'; object-src 'none'\")`.",
  },
  related: ["security/csp-unsafe-inline", "security/missing-csp"],
});
