// What `httpinspect explain cookies/invalid-domain` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on an empty Domain attribute (or a lone \".\"), which browsers ignore; (error) on a Domain with non-ASCII characters, which makes browsers reject the cookie. Domain values that simply do not match the host are cookies/domain-mismatch.",
  breaks: [
    { client: "browsers", effect: "treat an empty Domain as absent (the cookie stays host-only) and reject non-ASCII domains" },
  ],
  fixes: {
    express: "Omit `domain` unless the cookie must be shared across subdomains; never pass an empty string from an unset env variable.",
    fastify: "Omit `domain` when it is empty.",
    django: "`SESSION_COOKIE_DOMAIN = None` (not \"\") for host-only cookies.",
    fastapi: "Pass `domain=None`, not \"\".",
    spring: "Do not call `.domain(\"\")`; Boot: leave `server.servlet.session.cookie.domain` unset.",
    go: "Leave `Domain` empty (Go omits it) and use the punycode (xn--) form for IDNs.",
  },
  related: ["cookies/domain-mismatch"],
});
