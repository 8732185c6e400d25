// What `httpinspect explain cookies/samesite-none-without-secure` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) on each Set-Cookie whose last SameSite attribute is None (any case) and that has no Secure attribute. Quiet when Secure is present, or SameSite is Lax/Strict/absent.",
  breaks: [
    { client: "Chrome, Edge, Firefox, Safari", effect: "reject the cookie entirely (Chrome logs \"This Set-Cookie was blocked because it had the SameSite=None attribute but did not have the Secure attribute\")" },
    { client: "cross-site embeds, SSO, payment iframes", effect: "never receive the cookie, so the user appears logged out inside them" },
  ],
  fixes: {
    express: "`res.cookie(\"sid\", v, { sameSite: \"none\", secure: true })`; with express-session set `cookie: { sameSite: \"none\", secure: true }` and `app.set(\"trust proxy\", 1)` behind a TLS-terminating proxy.",
    fastify: "`reply.setCookie(\"sid\", v, { sameSite: \"none\", secure: true, path: \"/\" })` (@fastify/cookie).",
    django: "`SESSION_COOKIE_SAMESITE = \"None\"` needs `SESSION_COOKIE_SECURE = True` (same for `CSRF_COOKIE_*`); `response.set_cookie(..., samesite=\"None\", secure=True)`.",
    fastapi: "`response.set_cookie(\"sid\", v, samesite=\"none\", secure=True)`; for SessionMiddleware pass `same_site=\"none\", https_only=True`.",
    spring: "`ResponseCookie.from(\"sid\", v).sameSite(\"None\").secure(true)`; Boot: `server.servlet.session.cookie.same-site=none` with `server.servlet.session.cookie.secure=true`.",
    go: "`http.SetCookie(w, &http.Cookie{Name: \"sid\", Value: v, SameSite: http.SameSiteNoneMode, Secure: true})`.",
  },
  related: ["cookies/partitioned-without-secure", "cookies/secure-over-http", "cookies/invalid-samesite"],
});
