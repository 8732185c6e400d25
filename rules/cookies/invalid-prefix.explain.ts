// What `httpinspect explain cookies/invalid-prefix` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when a cookie named __Secure-… (matched case-insensitively, as browsers do) lacks Secure, or a __Host-… cookie lacks Secure, has a Domain, or lacks `Path=/`; also on a nameless cookie whose value starts with one of the prefixes. Quiet on `__Host-sid=…; Secure; Path=/` and `__Secure-id=…; Secure; Domain=example.com`.",
  breaks: [
    { client: "all current browsers", effect: "reject the cookie outright; the server then sees no session or CSRF token" },
  ],
  fixes: {
    express: "`res.cookie(\"__Host-sid\", v, { secure: true, path: \"/\" })` with no `domain` option; express-session: `name: \"__Host-sid\", cookie: { secure: true, path: \"/\" }`.",
    fastify: "`reply.setCookie(\"__Host-sid\", v, { secure: true, path: \"/\" })` without `domain`.",
    django: "`SESSION_COOKIE_NAME = \"__Host-sessionid\"` needs `SESSION_COOKIE_SECURE = True`, `SESSION_COOKIE_PATH = \"/\"` and `SESSION_COOKIE_DOMAIN = None`.",
    fastapi: "`response.set_cookie(\"__Host-sid\", v, secure=True, path=\"/\")` and no `domain=`.",
    spring: "`ResponseCookie.from(\"__Host-sid\", v).secure(true).path(\"/\")` without `.domain(…)`; Boot: `server.servlet.session.cookie.name=__Host-SESSION` plus `secure=true`, `path=/`.",
    go: "`&http.Cookie{Name: \"__Host-sid\", Value: v, Path: \"/\", Secure: true}` with Domain left empty.",
  },
  related: ["cookies/secure-over-http", "cookies/domain-mismatch"],
});
