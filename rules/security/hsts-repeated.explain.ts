// What `httpinspect explain security/hsts-repeated` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when Strict-Transport-Security appears on more than one line with different values (identical copies from an app and a proxy are quiet).",
  breaks: [
    { client: "RFC 6797 user agents", effect: "apply only the first line, so the other policy is silently dropped." },
    { client: "clients that join repeated fields", effect: "see `a, b`, which is not valid HSTS, and ignore it." },
  ],
  fixes: {
    express: "Let one layer set it: disable helmet's `strictTransportSecurity` if nginx adds the header, or vice versa.",
    fastify: "Pass `strictTransportSecurity: false` to @fastify/helmet when the proxy sets the header (or drop it from the proxy).",
    django: "Set `SECURE_HSTS_SECONDS = 0` (disables Django's header) when the proxy sends it, or remove the proxy's `add_header`.",
    fastapi: "Set the header in one middleware only; check Uvicorn/Traefik/nginx do not add a second one.",
    spring: "`http.headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.disable()))` when the load balancer adds it.",
    go: "Use `w.Header().Set` (replaces) in one middleware; remove the proxy's copy or the app's.",
  },
  related: ["security/hsts-duplicate-directive", "headers/duplicate-singleton"],
});
