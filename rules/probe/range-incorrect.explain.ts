// What `httpinspect explain probe/range-incorrect` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe range`: fires (error) when a 206's Content-Range names other bytes than the ones asked for, or its body is not those bytes of the 200's body. Not evaluated when the 206 carries another ETag than the 200.",
  breaks: [
    { client: "resuming downloads", effect: "splice wrong bytes into the file: silent corruption." },
    { client: "media players", effect: "decode garbage at the seek point." },
  ],
  fixes: {
    express: "Let `res.sendFile`/express.static compute ranges (they use range-parser); hand-rolled code must slice `start..end` inclusive.",
    fastify: "Use @fastify/static's range support; by hand slice with inclusive end (`buf.subarray(start, end + 1)`).",
    django: "Use `FileResponse` behind a server that handles Range, or slice inclusive `content[start:end + 1]`.",
    fastapi: "Slice inclusive: `data[start:end + 1]`, and compute ranges on the bytes actually sent (after compression).",
    spring: "Use `ResourceRegion` via returning a Resource; do not compute ranges on a different representation than the one sent.",
    go: "Use `http.ServeContent`, which slices and names ranges consistently.",
  },
  related: ["206", "probe/range-wrong-length"],
});
