// What `httpinspect explain cookies/combined-set-cookie` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when one Set-Cookie field contains \", name=\" outside a quoted value: several cookies were joined into one field. Commas of Expires dates (\", 21 Oct\") and commas without a following space are not matched.",
  breaks: [
    { client: "browsers", effect: "store only the first cookie; the others become part of its last attribute" },
    { client: "server code reading the cookies back", effect: "never sees the lost cookies (e.g. a CSRF token or a session after login)" },
  ],
  fixes: {
    express: "`res.cookie()` for each cookie, or `res.append(\"Set-Cookie\", [...])` with an array; never `res.set(\"Set-Cookie\", cookies.join(\", \"))`.",
    fastify: "Call `reply.setCookie()` per cookie, or `reply.header(\"set-cookie\", [a, b])` with an array.",
    django: "`response.set_cookie()` per cookie; behind a WSGI/ASGI adapter for Lambda use one that emits multi-value headers.",
    fastapi: "`response.set_cookie()` per cookie (Starlette emits one field each); Mangum maps them to `multiValueHeaders`.",
    spring: "`headers.add(HttpHeaders.SET_COOKIE, ...)` per cookie, never one `set()` with a joined string.",
    go: "`http.SetCookie(w, c)` per cookie (it calls Header().Add); never join cookie strings.",
  },
  related: ["cookies/duplicate-name", "cookies/invalid-path"],
});
