// What `httpinspect explain cookies/missing-secure` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a cookie set over https without Secure. Quiet on deletions (Max-Age ≤ 0 or Expires in the past) and over http.",
  breaks: [
    { client: "users on hostile networks", effect: "the cookie leaks on any plain-http request to the site, and can be overwritten by an attacker" },
  ],
  fixes: {
    express: "`res.cookie(n, v, { secure: true })`; express-session `cookie: { secure: true }` with `trust proxy` behind TLS termination.",
    fastify: "`reply.setCookie(n, v, { secure: true })` (or `secure: \"auto\"`).",
    django: "`SESSION_COOKIE_SECURE = True`, `CSRF_COOKIE_SECURE = True`, `set_cookie(..., secure=True)`.",
    fastapi: "`response.set_cookie(..., secure=True)`; SessionMiddleware `https_only=True`.",
    spring: "`server.servlet.session.cookie.secure=true`; `ResponseCookie...secure(true)`.",
    go: "`Secure: true` on `http.Cookie`.",
  },
  related: ["cookies/secure-over-http", "cookies/session-without-httponly"],
});
