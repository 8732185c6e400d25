// What `httpinspect explain probe/304-missing-headers` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe conditional`: fires (warning) once per field when a 304 lacks Cache-Control, Content-Location, Date, ETag, Expires or Vary that the 200 for the same request carried (RFC 9110 §15.4.5). Fields the 200 did not have are not required.",
  breaks: [
    { client: "shared caches", effect: "update the stored response from the 304: a dropped Vary makes one variant serve all clients; a dropped Cache-Control keeps stale freshness." },
    { client: "browsers", effect: "keep the old max-age after revalidation, revalidating too often or too rarely." },
  ],
  fixes: {
    express: "Set Cache-Control and Vary before the freshness check (middleware that runs for every status), so the 304 `res.send` produces keeps them.",
    fastify: "Add the headers in an onRequest/preHandler hook rather than only on the 200 path; @fastify/etag keeps headers already set.",
    django: "`patch_vary_headers` and `patch_cache_control` in middleware that runs after `ConditionalGetMiddleware` apply to the 304 too.",
    fastapi: "Build the 304 with the same headers dict as the 200 (`Response(status_code=304, headers=common_headers)`).",
    spring: "Set Cache-Control with `ResponseEntity.status(304).cacheControl(...)`; `checkNotModified` keeps headers added before it.",
    go: "Set Cache-Control and Vary on `w.Header()` before calling `http.ServeContent`, which keeps them on its 304.",
  },
  related: ["304", "probe/206-missing-headers", "cache/missing-cache-control"],
});
