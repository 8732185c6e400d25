// What `httpinspect explain probe/range-wrong-length` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe range`: fires (error) when the complete-length of a 206's or 416's Content-Range (the number after the slash) differs from the length of the full 200 body. `*` (unknown) is not judged.",
  breaks: [
    { client: "resuming downloads", effect: "allocate the wrong file size, truncate, or wait for bytes that never come." },
  ],
  fixes: {
    express: "Use the length of the exact bytes you send (`Buffer.byteLength`, not string length) after the slash.",
    fastify: "Same as Express.",
    django: "Use `len(content_bytes)` of the encoded body, not of the str.",
    fastapi: "Use `len(body_bytes)` of the encoded body after the slash.",
    spring: "Let `ResourceRegion` compute it from `Resource.contentLength()`.",
    go: "`http.ServeContent` takes the size from the ReadSeeker; pass the real content.",
  },
  related: ["206", "416", "probe/range-incorrect"],
});
