// What `httpinspect explain cookies/lifetime-too-long` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when the lifetime the browser would use is over 400 days: a valid Max-Age above 34,560,000, or (without a valid Max-Age) an Expires more than 400 days after the response's Date. Quiet on Max-Age=31536000 (one year) and on deletions.",
  breaks: [
    { client: "Chrome, Edge", effect: "cap the lifetime at 400 days (since Chrome 104)" },
    { client: "Safari", effect: "caps script-set cookies at 7 days and some server-set cookies too, regardless of the value" },
  ],
  fixes: {
    express: "`maxAge` is in milliseconds in Express: `res.cookie(\"pref\", v, { maxAge: 400 * 24 * 3600 * 1000 })` at most.",
    fastify: "`maxAge` is in seconds in @fastify/cookie: at most 34560000.",
    django: "`max_age=` in seconds (at most 34560000); `SESSION_COOKIE_AGE` likewise.",
    fastapi: "`response.set_cookie(..., max_age=34560000)` at most.",
    spring: "`ResponseCookie...maxAge(Duration.ofDays(400))` at most.",
    go: "`MaxAge: 400 * 24 * 3600` at most (or an Expires within 400 days).",
  },
  related: ["cookies/invalid-max-age", "cookies/invalid-expires"],
});
