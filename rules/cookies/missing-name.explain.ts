// What `httpinspect explain cookies/missing-name` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on a Set-Cookie whose name-value pair has no name (\"=abc\", or \"abc\" without \"=\"): browsers store a nameless cookie; (error) when neither name nor value is present (browsers ignore it).",
  breaks: [
    { client: "browsers", effect: "store a nameless cookie and send it back as a bare value (`Cookie: abc`)" },
    { client: "server frameworks", effect: "mostly cannot read a nameless cookie, and any other nameless cookie overwrites it" },
  ],
  fixes: {
    express: "`res.cookie(name, value)`: make sure `name` is not an empty variable.",
    fastify: "`reply.setCookie(name, value)` with a non-empty name.",
    django: "`set_cookie(key, value)` with a non-empty key.",
    fastapi: "`response.set_cookie(key, value)` with a non-empty key.",
    spring: "`new Cookie(name, value)` rejects empty names; check code that writes the header as a string.",
    go: "Go's `http.SetCookie` drops cookies with an invalid (empty) name: check code writing the header by hand.",
  },
  related: ["cookies/invalid-characters"],
});
