// What `httpinspect explain probe/304-changed-validator` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe conditional`: fires (warning) when a 304 carries an ETag whose text differs from the ETag of the 200 it validates.",
  breaks: [
    { client: "caches", effect: "select the stored response to update by ETag: a different one updates nothing, or the wrong variant." },
    { client: "browsers", effect: "send the new tag next time, for content the server never labeled with it." },
  ],
  fixes: {
    express: "Compute the ETag once per representation (e.g. from a version) and send the same value on 200 and 304.",
    fastify: "Do not regenerate the ETag in the 304 path; reuse the value @fastify/etag or your hook computed.",
    django: "Use the same `etag_func` for the check and the response (`@condition` does both).",
    fastapi: "Derive the ETag from the stored version and put that exact value on the 304.",
    spring: "Pass the same ETag to `checkNotModified` and to the response; avoid filters that rewrite it only for 304.",
    go: "Set `ETag` before `http.ServeContent`; it copies it to the 304.",
  },
  related: ["304", "probe/etag-not-honored"],
});
