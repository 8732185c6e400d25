// What `httpinspect explain cookies/unknown-attribute` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) on an attribute browsers do not know; (warning) when it looks like a misspelling of Secure, HttpOnly, SameSite or Partitioned. Known attributes (Expires, Max-Age, Domain, Path, Secure, HttpOnly, SameSite, Partitioned, Priority) are matched case-insensitively; obsolete ones are cookies/obsolete-attribute; a trailing \";\" is quiet.",
  breaks: [
    { client: "browsers", effect: "ignore unknown attributes; a misspelt protective attribute means the cookie is not protected" },
  ],
  fixes: {
    express: "Use the `res.cookie` options (`httpOnly`, `secure`, `sameSite`) rather than hand-written attribute strings.",
    fastify: "Use the `setCookie` options rather than hand-written attributes.",
    django: "Use `set_cookie` arguments (`httponly=True`, `secure=True`, `samesite=`).",
    fastapi: "Use `set_cookie` arguments.",
    spring: "Use `ResponseCookie` builder methods.",
    go: "Use `http.Cookie` fields.",
  },
  related: ["cookies/obsolete-attribute"],
});
