// What `httpinspect explain cookies/domain-mismatch` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when the request host (the Host header sent, else the URL's) does not domain-match the cookie's Domain: a different site, a sibling or a parent-less subdomain, or any Domain on an IP address other than that address. Quiet on Domain=example.com set by www.example.com, and on host-only cookies.",
  breaks: [
    { client: "browsers", effect: "reject the cookie; the typical cause is a production domain hard-coded in a service reached under another name (staging, localhost, an IP)" },
  ],
  fixes: {
    express: "Derive the domain from configuration per environment, or omit `domain` so the cookie is host-only.",
    fastify: "Same approach as Express: omit `domain` or set it per environment.",
    django: "`SESSION_COOKIE_DOMAIN` / `CSRF_COOKIE_DOMAIN` per environment; None for host-only.",
    fastapi: "Set `domain=` from settings per environment, or omit it.",
    spring: "`server.servlet.session.cookie.domain` per profile, or unset.",
    go: "Leave `Domain` empty unless the cookie must reach subdomains; compute it from the request host otherwise.",
  },
  related: ["cookies/invalid-domain", "cookies/invalid-prefix"],
});
