// What `httpinspect explain content/invalid-content-disposition` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when Content-Disposition does not parse (no type, a parameter without \"=\", an unquoted value with spaces, an unterminated quote, a repeated parameter) or its filename* is not an RFC 8187 ext-value (quoted, no charset prefix, unencoded characters, bad %XX, bytes that are not UTF-8, an unsupported charset). An unquoted value with spaces (read up to the next \";\" by browsers) and filename* in ISO-8859-1 are warnings.",
  breaks: [
    { client: "browsers", effect: "ignore the field or the broken parameter: the file is shown inline or saved under the URL's name, and non-ASCII names are lost." },
    { client: "download tools (curl -J, wget --content-disposition)", effect: "fall back to the URL name or refuse the header." },
  ],
  fixes: {
    express: "`res.attachment(\"résumé.pdf\")` or `res.download(path, name)` build a correct header (plain filename plus filename*=UTF-8''…) with the content-disposition package.",
    fastify: "Use the `content-disposition` package: `reply.header(\"Content-Disposition\", contentDisposition(name))`.",
    django: "`FileResponse(f, as_attachment=True, filename=name)` encodes filename* for non-ASCII names.",
    fastapi: "`FileResponse(path, filename=name)` sets Content-Disposition with filename* for non-ASCII names.",
    spring: "`ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()`.",
    go: "`mime.FormatMediaType(\"attachment\", map[string]string{\"filename\": name})` quotes and encodes (it emits filename* for non-ASCII).",
  },
  related: ["content/unsafe-filename", "content/attachment-without-filename"],
});
