// What `httpinspect explain security/csp-unsafe-inline` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when the directive governing scripts (script-src, else default-src; plus script-src-elem/-attr) of an enforced Content-Security-Policy holds 'unsafe-inline' without a nonce, a hash or 'strict-dynamic' (any of which make browsers ignore it). style-src is not judged.",
  breaks: [
    { client: "browsers", effect: "run injected inline <script> blocks and event handlers: the policy does not stop XSS." },
  ],
  fixes: {
    express: "helmet's `contentSecurityPolicy: { directives: { scriptSrc: [\"'self'\", (req, res) => `'nonce-${res.locals.nonce}'`], objectSrc: [\"'none'\"] } }`, with a fresh `res.locals.nonce = crypto.randomBytes(16).toString('base64')` per request.",
    fastify: "@fastify/helmet with `enableCSPNonces: true`, then use `reply.cspNonce.script` in templates.",
    django: "django-csp (`CSP_SCRIPT_SRC`, `CSP_INCLUDE_NONCE_IN`) or Django 6's `SECURE_CSP` with `CSP.NONCE`, and `{{ csp_nonce }}` in templates.",
    fastapi: "Generate a nonce per request in a middleware, pass it to the Jinja2 template, and set `Content-Security-Policy: script-src 'self' 'nonce-…'; object-src 'none'`.",
    spring: "`http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(\"script-src 'self' 'nonce-…'; object-src 'none'\")))` with a per-request nonce filter.",
    go: "Per request: `nonce := base64.StdEncoding.EncodeToString(random16)`; `w.Header().Set(\"Content-Security-Policy\", \"script-src 'self' 'nonce-\"+nonce+\"'; object-src 'none'\")`.",
  },
  related: ["security/csp-unsafe-eval", "security/csp-permissive-source", "security/missing-csp"],
});
