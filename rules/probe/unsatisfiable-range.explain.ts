// What `httpinspect explain probe/unsatisfiable-range` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe range`: fires (warning) when `Range: bytes=<length>-` (starting at the end) is not answered 416 with `Content-Range: bytes */<length>` — only where ranges are supported (Accept-Ranges: bytes, or the in-body range got 206). A 416 without Content-Range is status/416-without-content-range's.",
  breaks: [
    { client: "download managers resuming a complete file", effect: "re-download it, append the whole body again, or retry forever." },
  ],
  fixes: {
    express: "express.static answers 416 with `Content-Range: bytes */len`; hand-rolled code should check `start >= length`.",
    fastify: "@fastify/static answers 416; by hand `reply.code(416).header(\"Content-Range\", `bytes */${len}`)`.",
    django: "Return `HttpResponse(status=416, headers={\"Content-Range\": f\"bytes */{size}\"})` when start >= size.",
    fastapi: "Return `Response(status_code=416, headers={\"Content-Range\": f\"bytes */{size}\"})` when start >= size.",
    spring: "Spring's resource handling answers 416; custom code should throw/return 416 with Content-Range.",
    go: "`http.ServeContent` answers 416 with Content-Range for unsatisfiable ranges.",
  },
  related: ["416", "probe/range-ignored", "status/416-without-content-range"],
});
