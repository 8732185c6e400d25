// What `httpinspect explain cookies/session-without-httponly` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on a cookie whose name looks like a session identifier (sid, session, sessionid, PHPSESSID, JSESSIONID, connect.sid, ASP.NET_SessionId, *_session…) without HttpOnly. CSRF tokens (csrftoken, XSRF-TOKEN) never match; deletions are quiet.",
  breaks: [
    { client: "XSS", effect: "a script injected into any page can read the session id from document.cookie and hijack the session" },
  ],
  fixes: {
    express: "express-session sets `httpOnly: true` by default: do not override it; `res.cookie(\"sid\", v, { httpOnly: true })`.",
    fastify: "`reply.setCookie(\"sid\", v, { httpOnly: true })`; @fastify/session defaults to httpOnly.",
    django: "`SESSION_COOKIE_HTTPONLY = True` (the default); keep the CSRF cookie separate.",
    fastapi: "`response.set_cookie(\"session\", v, httponly=True)`; Starlette's SessionMiddleware sets HttpOnly.",
    spring: "`server.servlet.session.cookie.http-only=true` (the default); `ResponseCookie...httpOnly(true)`.",
    go: "`HttpOnly: true` on the session `http.Cookie`.",
  },
  related: ["cookies/missing-secure"],
});
