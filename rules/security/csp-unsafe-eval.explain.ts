// What `httpinspect explain security/csp-unsafe-eval` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) when script-src (else default-src) of an enforced Content-Security-Policy holds 'unsafe-eval'. 'wasm-unsafe-eval' is quiet.",
  breaks: [
    { client: "browsers", effect: "let eval(), new Function() and string setTimeout run, so string injections into them execute." },
  ],
  fixes: {
    express: "Drop `\"'unsafe-eval'\"` from helmet's `scriptSrc`; precompile templates (e.g. Vue's runtime-only build) instead of compiling in the browser.",
    fastify: "@fastify/helmet with `enableCSPNonces: true`, then use `reply.cspNonce.script` in templates.",
    django: "django-csp (`CSP_SCRIPT_SRC`, `CSP_INCLUDE_NONCE_IN`) or Django 6's `SECURE_CSP` with `CSP.NONCE`, and `{{ csp_nonce }}` in templates.",
    fastapi: "Generate a nonce per request in a middleware, pass it to the Jinja2 template, and set `Content-Security-Policy: script-src 'self' 'nonce-…'; object-src 'none'`.",
    spring: "`http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(\"script-src 'self' 'nonce-…'; object-src 'none'\")))` with a per-request nonce filter.",
    go: "Per request: `nonce := base64.StdEncoding.EncodeToString(random16)`; `w.Header().Set(\"Content-Security-Policy\", \"script-src 'self' 'nonce-\"+nonce+\"'; object-src 'none'\")`.",
  },
  related: ["security/csp-unsafe-inline", "security/csp-permissive-source"],
});
