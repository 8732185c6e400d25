// What `httpinspect explain security/permissions-policy-invalid-allowlist` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) for each allowlist member that is not the token `*` or `self` or a quoted origin: `none`, `src`, `\"self\"`, a bare host string, numbers.",
  breaks: [
    { client: "Chromium", effect: "skips the member, so the feature is allowed for fewer (or other) origins than intended." },
  ],
  fixes: {
    express: "helmet does not set it; `res.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)')` in a middleware (or the `permissions-policy` package).",
    fastify: "`reply.header('Permissions-Policy', 'camera=(), geolocation=(self)')` in an onSend hook.",
    django: "django-permissions-policy: `PERMISSIONS_POLICY = {'camera': [], 'geolocation': ['self']}`, or set `response['Permissions-Policy']` in a middleware.",
    fastapi: "`response.headers['Permissions-Policy'] = 'camera=(), geolocation=(self)'` in a middleware.",
    spring: "`http.headers(h -> h.permissionsPolicyHeader(p -> p.policy(\"camera=(), geolocation=(self)\")))`.",
    go: "`w.Header().Set(\"Permissions-Policy\", `camera=(), geolocation=(self \"https://maps.example\")`)`.",
  },
  related: ["security/invalid-permissions-policy", "security/permissions-policy-unknown-feature"],
});
