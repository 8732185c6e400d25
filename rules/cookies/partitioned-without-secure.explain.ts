// What `httpinspect explain cookies/partitioned-without-secure` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) on each Set-Cookie with a Partitioned attribute and no Secure attribute. Quiet when both are present.",
  breaks: [
    { client: "Chrome and Edge (CHIPS)", effect: "reject the cookie, so a third-party widget loses its partitioned state" },
    { client: "Firefox and Safari", effect: "partition third-party cookies their own way, but code written for CHIPS still expects the cookie to be Secure" },
  ],
  fixes: {
    express: "`res.cookie(\"widget\", v, { partitioned: true, secure: true, sameSite: \"none\" })` (Express 4.19+ / cookie 0.6+).",
    fastify: "`reply.setCookie(\"widget\", v, { partitioned: true, secure: true, sameSite: \"none\" })` (@fastify/cookie versions with the `partitioned` option).",
    django: "Django has no partitioned flag: append it yourself, e.g. `response.headers[\"Set-Cookie\"]` built with `Secure; SameSite=None; Partitioned`, or use a middleware that adds `; Secure; Partitioned` to that cookie.",
    fastapi: "`response.set_cookie(\"widget\", v, secure=True, samesite=\"none\", partitioned=True)` (Starlette versions with the partitioned argument).",
    spring: "`ResponseCookie.from(\"widget\", v).secure(true).sameSite(\"None\").partitioned(true)` where your Spring version has it; otherwise append `; Partitioned` to a Secure cookie's header value.",
    go: "`&http.Cookie{Name: \"widget\", Value: v, Secure: true, SameSite: http.SameSiteNoneMode, Partitioned: true}` (Go 1.23+).",
  },
  related: ["cookies/samesite-none-without-secure", "cookies/secure-over-http"],
});
