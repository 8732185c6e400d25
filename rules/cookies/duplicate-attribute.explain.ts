// What `httpinspect explain cookies/duplicate-attribute` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when a Set-Cookie repeats a known attribute with different values (browsers use the last); (info) when the repeated value is the same.",
  breaks: [
    { client: "browsers", effect: "use the last attribute of each name, so the first value is silently ignored" },
  ],
  fixes: {
    express: "Usually a proxy or a helper appending `; Path=/` or `; SameSite=…` to a cookie that already has one: set it in `res.cookie` options only.",
    fastify: "Set attributes in the `setCookie` options only, not by editing the header afterwards.",
    django: "Do not append attributes to the `Set-Cookie` string by hand; pass them to `set_cookie`.",
    fastapi: "Pass attributes to `set_cookie` once; do not edit `response.raw_headers`.",
    spring: "A filter that rewrites Set-Cookie to add `SameSite` often duplicates it: use `ResponseCookie.sameSite` or the Boot property instead.",
    go: "Set attributes on `http.Cookie` only; do not append strings to the header.",
  },
  related: ["cookies/duplicate-name"],
});
