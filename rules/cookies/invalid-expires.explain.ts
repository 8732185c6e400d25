// What `httpinspect explain cookies/invalid-expires` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on an Expires attribute that the browsers' cookie-date algorithm cannot read (no time, no month name, a year before 1601, an impossible day); info when a valid Max-Age makes it irrelevant to modern browsers. The old Netscape form \"Thu, 01-Jan-1970 00:00:01 GMT\" and other forms browsers read are quiet.",
  breaks: [
    { client: "browsers", effect: "ignore the attribute: a persistent cookie becomes a session cookie, a deletion deletes nothing" },
  ],
  fixes: {
    express: "Pass a Date: `res.cookie(\"pref\", v, { expires: new Date(Date.now() + ms) })`, or use `maxAge`.",
    fastify: "`reply.setCookie(\"pref\", v, { expires: new Date(...) })` or `maxAge` (seconds).",
    django: "`set_cookie(..., expires=datetime)` or `max_age=`; never pass a preformatted local-time string.",
    fastapi: "`response.set_cookie(..., expires=datetime_in_utc)` or `max_age=`.",
    spring: "Use `ResponseCookie...maxAge(...)`, which writes a correct Expires too.",
    go: "`Expires: time.Now().Add(d)` (Go formats it as an HTTP-date) or `MaxAge`.",
  },
  related: ["cookies/invalid-max-age", "cookies/lifetime-too-long", "cache/invalid-expires"],
});
