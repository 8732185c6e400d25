// What `httpinspect explain content/unsafe-filename` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) when `filename` (or decoded `filename*`) contains \"/\" or \"\\\\\", or when plain `filename` contains a percent-escape such as \"%20\". The RFC 6266 idiom `filename=\"report.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf` is quiet.",
  breaks: [
    { client: "browsers", effect: "replace path characters with \"_\" or keep only the last segment; some percent-decode `filename`, others keep \"%20\" literally." },
    { client: "curl -J and scripts", effect: "refuse the name or, when naive, write outside the download directory." },
  ],
  fixes: {
    express: "Pass only the base name: `res.attachment(path.basename(file))`; the package puts non-ASCII into filename*.",
    fastify: "`contentDisposition(path.basename(file))`; never pre-encode the name with encodeURIComponent for `filename`.",
    django: "`FileResponse(f, as_attachment=True, filename=os.path.basename(name))`; do not `quote()` the name yourself.",
    fastapi: "`FileResponse(path, filename=os.path.basename(name))`; Starlette percent-encodes into filename* only.",
    spring: "`ContentDisposition.attachment().filename(StringUtils.getFilename(path), UTF_8)`; do not URL-encode the plain filename.",
    go: "`mime.FormatMediaType(\"attachment\", map[string]string{\"filename\": filepath.Base(name)})`; do not `url.PathEscape` it.",
  },
  related: ["content/invalid-content-disposition", "content/attachment-without-filename"],
});
