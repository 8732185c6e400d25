// What `httpinspect explain security/invalid-permissions-policy` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when the combined Permissions-Policy lines are not an RFC 9651 dictionary, naming the reason and character offset; notes Feature-Policy syntax (`camera 'none'`) when it sees it.",
  breaks: [
    { client: "Chromium", effect: "ignores the whole header, so no feature is restricted." },
  ],
  fixes: {
    express: "helmet does not set it; `res.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)')` in a middleware (or the `permissions-policy` package).",
    fastify: "`reply.header('Permissions-Policy', 'camera=(), geolocation=(self)')` in an onSend hook.",
    django: "django-permissions-policy: `PERMISSIONS_POLICY = {'camera': [], 'geolocation': ['self']}`, or set `response['Permissions-Policy']` in a middleware.",
    fastapi: "`response.headers['Permissions-Policy'] = 'camera=(), geolocation=(self)'` in a middleware.",
    spring: "`http.headers(h -> h.permissionsPolicyHeader(p -> p.policy(\"camera=(), geolocation=(self)\")))`.",
    go: "`w.Header().Set(\"Permissions-Policy\", `camera=(), geolocation=(self \"https://maps.example\")`)`.",
  },
  related: ["security/permissions-policy-invalid-allowlist", "security/permissions-policy-unknown-feature", "headers/invalid-structured-field"],
});
