// What `httpinspect explain security/permissions-policy-unknown-feature` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) when a parsed Permissions-Policy names features no browser engine defines (typos, or retired ones such as interest-cohort).",
  breaks: [
    { client: "Chromium", effect: "skips the entry with a console warning; a misspelled feature leaves the real one enabled." },
  ],
  fixes: {
    express: "helmet does not set it; `res.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)')` in a middleware (or the `permissions-policy` package).",
    fastify: "`reply.header('Permissions-Policy', 'camera=(), geolocation=(self)')` in an onSend hook.",
    django: "django-permissions-policy: `PERMISSIONS_POLICY = {'camera': [], 'geolocation': ['self']}`, or set `response['Permissions-Policy']` in a middleware.",
    fastapi: "`response.headers['Permissions-Policy'] = 'camera=(), geolocation=(self)'` in a middleware.",
    spring: "`http.headers(h -> h.permissionsPolicyHeader(p -> p.policy(\"camera=(), geolocation=(self)\")))`.",
    go: "`w.Header().Set(\"Permissions-Policy\", `camera=(), geolocation=(self \"https://maps.example\")`)`.",
  },
  related: ["security/invalid-permissions-policy", "security/permissions-policy-invalid-allowlist"],
});
