// What `httpinspect explain headers/non-ascii-value` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on each response header or trailer line whose value contains bytes 0x80–0xFF (obs-text), naming the bytes, their offset, and their UTF-8 reading when they are UTF-8. Location, Content-Type, Date, Expires, Last-Modified and Content-Length are left to their own syntax rules, which already reject such bytes.",
  breaks: [
    { client: "browsers (Fetch)", effect: "read the bytes as Latin-1, so UTF-8 \"é\" becomes \"Ã©\"." },
    { client: "proxies and strict HTTP libraries", effect: "reject the response or drop the field." },
  ],
  fixes: {
    express: "Node rejects non-Latin-1 strings in `res.setHeader`; encode first: `encodeURI(url)` for Location, `res.attachment(name)` for file names.",
    fastify: "Encode before `reply.header`: `encodeURI` for URLs, the content-disposition package for names.",
    django: "`iri_to_uri()` for Location; `FileResponse(filename=...)` for names; Django refuses non-Latin-1 header values for other fields.",
    fastapi: "Percent-encode URLs with `urllib.parse.quote`; Starlette encodes header values as Latin-1, so encode text first.",
    spring: "`UriComponentsBuilder...encode()` for Location; `ContentDisposition` with UTF-8 for names.",
    go: "`url.PathEscape`/`(*url.URL).String()` for Location; `mime.FormatMediaType` for Content-Disposition; `mime.QEncoding.Encode` for free text.",
  },
  related: ["content/unsafe-filename", "headers/invalid-location"],
});
