// What `httpinspect explain content/attachment-without-filename` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (info) when Content-Disposition is `attachment` with neither `filename` nor `filename*`. `inline` without a name is fine.",
  breaks: [
    { client: "browsers", effect: "name the download after the last URL segment (`download`, `export?id=42`), often without an extension." },
  ],
  fixes: {
    express: "`res.attachment(\"report.pdf\")` or `res.download(path, \"report.pdf\")`.",
    fastify: "`reply.header(\"Content-Disposition\", contentDisposition(\"report.pdf\"))`.",
    django: "`FileResponse(f, as_attachment=True, filename=\"report.pdf\")`.",
    fastapi: "`FileResponse(path, filename=\"report.pdf\")`.",
    spring: "`ContentDisposition.attachment().filename(\"report.pdf\").build()` in `ResponseEntity.headers`.",
    go: "`w.Header().Set(\"Content-Disposition\", mime.FormatMediaType(\"attachment\", map[string]string{\"filename\": \"report.pdf\"}))`.",
  },
  related: ["content/invalid-content-disposition", "content/unsafe-filename"],
});
