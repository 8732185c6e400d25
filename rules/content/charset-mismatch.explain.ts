// What `httpinspect explain content/charset-mismatch` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when a text body (text/*, XML, JavaScript, form data) whose Content-Type has a charset parameter does not decode in that encoding (TextDecoder, fatal): the first undecodable byte is named. A byte order mark overrides the label, as browsers do. A label browsers do not know (WHATWG Encoding) is reported as info; a label of the WHATWG replacement encoding (iso-2022-kr, hz-gb-2312 …), which browsers refuse to decode, as a warning. JSON is left to content/json-not-utf8.",
  breaks: [
    { client: "browsers", effect: "render U+FFFD (�) for every undecodable byte, or ignore an unknown label and guess the encoding from the locale." },
    { client: "HTTP libraries (requests, axios, Go)", effect: "decode with the declared charset and hand garbled text to the application." },
  ],
  fixes: {
    express: "Set the charset that matches the bytes: `res.type(\"text/html; charset=utf-8\")` and send UTF-8 strings; for Latin-1 files, declare `charset=iso-8859-1` or convert with `iconv-lite`.",
    fastify: "`reply.type(\"text/plain; charset=utf-8\")` and send strings (UTF-8); for legacy files declare their real charset.",
    django: "`DEFAULT_CHARSET` (utf-8) labels responses; make templates and files UTF-8, or pass `HttpResponse(content, charset=\"windows-1252\")` for legacy bytes.",
    fastapi: "Starlette adds `charset=utf-8` to text responses: return `str` content, or bytes already encoded as UTF-8.",
    spring: "`produces = \"text/plain;charset=UTF-8\"` and `server.servlet.encoding.charset=UTF-8` with `force=true` so the label matches what is written.",
    go: "Set `Content-Type: text/html; charset=utf-8` and write UTF-8; convert legacy bytes with `golang.org/x/text/encoding/charmap` first.",
  },
  related: ["content/text-without-charset", "content/json-not-utf8"],
});
