// What `httpinspect explain cookies/invalid-max-age` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on a Max-Age that browsers ignore: empty, or not digits (with an optional leading \"-\"), e.g. \"1h\", \"3600.5\", \"\\\"60\\\"\". Quiet on Max-Age=0, leading zeros and \"-1\" (browsers read it as delete).",
  breaks: [
    { client: "browsers", effect: "ignore the attribute: the cookie falls back to Expires or becomes a session cookie; a deletion does not happen" },
  ],
  fixes: {
    express: "`maxAge` takes milliseconds as a number: `{ maxAge: 3600_000 }`, never a string like \"1h\".",
    fastify: "`maxAge` takes whole seconds as a number.",
    django: "`max_age=` an int (or timedelta in Django 4.1+).",
    fastapi: "`max_age=` an int number of seconds.",
    spring: "`maxAge(Duration)` or `maxAge(long seconds)`.",
    go: "`MaxAge` is an int: > 0 seconds, < 0 deletes (Go writes Max-Age=0).",
  },
  related: ["cookies/invalid-expires", "cookies/lifetime-too-long"],
});
