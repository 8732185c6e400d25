// What `httpinspect explain content/json-not-utf8` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when a JSON body (application/json or +json) starts with a UTF-16/32 byte order mark, has the zero-byte pattern of UTF-16/32 text, or holds bytes that are not valid UTF-8 (the first one is named, with its offset). Quiet on `Content-Type: application/json` without charset: JSON is UTF-8 by definition.",
  breaks: [
    { client: "browsers and Node (`response.json()`)", effect: "decode as UTF-8 whatever the bytes are: UTF-16 fails to parse, Latin-1 letters become U+FFFD." },
    { client: "Go, Java and Python JSON clients", effect: "reject or silently corrupt non-UTF-8 strings, so names with accents arrive damaged." },
  ],
  fixes: {
    express: "`res.json(obj)` writes UTF-8; if you send a prepared string, `res.type(\"json\").send(Buffer.from(text, \"utf8\"))`, never `Buffer.from(text, \"latin1\")` or \"utf16le\".",
    fastify: "`reply.send(obj)` serializes to UTF-8; for a prepared payload send a UTF-8 Buffer or string, not one re-encoded with `iconv`.",
    django: "`JsonResponse(data)` is UTF-8; when returning `HttpResponse(json_text)`, do not pass `charset=\"utf-16\"` and decode database bytes with their real encoding before serializing.",
    fastapi: "`JSONResponse` renders UTF-8; a custom `Response(content=...)` must get `text.encode(\"utf-8\")`, not \"utf-16\" or \"latin-1\".",
    spring: "Jackson writes UTF-8 by default; remove custom `JsonEncoding.UTF16_*` generators or `StringHttpMessageConverter` set to ISO-8859-1 for JSON.",
    go: "`json.NewEncoder(w).Encode(v)` writes UTF-8; do not wrap `w` in a `transform.NewWriter` with `unicode.UTF16` or a charmap encoder.",
  },
  related: ["content/invalid-json", "content/charset-mismatch"],
});
