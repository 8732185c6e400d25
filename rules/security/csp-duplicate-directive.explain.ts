// What `httpinspect explain security/csp-duplicate-directive` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) for each directive repeated within one policy (a policy is one header line or one comma-separated part of it; separate policies may repeat directives).",
  breaks: [
    { client: "browsers", effect: "keep the first occurrence and ignore the rest, blocking what the second one allowed." },
  ],
  fixes: {
    express: "Build the policy in one place (helmet's `directives` object merges sources per directive); do not append a second `script-src` string.",
    fastify: "@fastify/helmet with `enableCSPNonces: true`, then use `reply.cspNonce.script` in templates.",
    django: "django-csp (`CSP_SCRIPT_SRC`, `CSP_INCLUDE_NONCE_IN`) or Django 6's `SECURE_CSP` with `CSP.NONCE`, and `{{ csp_nonce }}` in templates.",
    fastapi: "Generate a nonce per request in a middleware, pass it to the Jinja2 template, and set `Content-Security-Policy: script-src 'self' 'nonce-…'; object-src 'none'`.",
    spring: "`http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(\"script-src 'self' 'nonce-…'; object-src 'none'\")))` with a per-request nonce filter.",
    go: "Per request: `nonce := base64.StdEncoding.EncodeToString(random16)`; `w.Header().Set(\"Content-Security-Policy\", \"script-src 'self' 'nonce-\"+nonce+\"'; object-src 'none'\")`.",
  },
  related: ["security/csp-unsafe-inline", "security/invalid-x-frame-options"],
});
