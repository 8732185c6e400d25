// What `httpinspect explain content/invalid-media-type-name` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when a Content-Type that parses has a type or subtype that is not an RFC 6838 name: a wildcard (`*/*`, `text/*`), a first character that is not a letter or digit, a character outside `! # $ & - ^ _ . +`, or more than 127 characters. Unregistered names such as `application/x-foo` or `application/vnd.acme+json` are fine.",
  breaks: [
    { client: "browsers", effect: "treat the content as an unknown type: sniff it, download it, or block it as a script or stylesheet under nosniff." },
    { client: "API clients", effect: "do not recognize JSON or XML and return raw text." },
  ],
  fixes: {
    express: "`res.type(\"json\")` or a concrete `res.set(\"Content-Type\", ...)`; never copy `req.get(\"Accept\")` into Content-Type.",
    fastify: "`reply.type(\"application/json\")` with a concrete type, not the request's Accept value.",
    django: "Pass a concrete `content_type=` to HttpResponse; DRF renderers set it from `renderer.media_type`.",
    fastapi: "Set `media_type=\"application/json\"` (or a concrete type) on the Response class.",
    spring: "Use `produces` with concrete `MediaType` constants; `MediaType.ALL` is for Accept, not for a response.",
    go: "`w.Header().Set(\"Content-Type\", \"application/json\")`; `mime.TypeByExtension` gives concrete types.",
  },
  related: ["content/invalid-content-type", "content/missing-content-type"],
});
