// What `httpinspect explain content/unknown-disposition-type` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) when the Content-Disposition type is neither `inline` nor `attachment` (case-insensitive), e.g. `attachement`, `download` or `form-data`.",
  breaks: [
    { client: "browsers", effect: "handle an unknown type as attachment (RFC 6266 §4.2): content meant to display is downloaded." },
  ],
  fixes: {
    express: "`res.attachment(name)` for downloads; for inline display `res.set(\"Content-Disposition\", contentDisposition(name, { type: \"inline\" }))`.",
    fastify: "`contentDisposition(name, { type: \"inline\" })` or the default attachment from the content-disposition package.",
    django: "`FileResponse(f, as_attachment=False, filename=name)` sends `inline`; `as_attachment=True` sends `attachment`.",
    fastapi: "`FileResponse(path, filename=name, content_disposition_type=\"inline\")` (or the default \"attachment\").",
    spring: "`ContentDisposition.inline()` or `ContentDisposition.attachment()`; avoid `ContentDisposition.formData()` in responses.",
    go: "`mime.FormatMediaType(\"inline\", params)` or \"attachment\"; no other type.",
  },
  related: ["content/invalid-content-disposition", "content/attachment-without-filename"],
});
