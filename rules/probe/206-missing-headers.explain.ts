// What `httpinspect explain probe/206-missing-headers` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe range`: fires (warning) once per field when a 206 lacks Date, Cache-Control, ETag, Expires, Content-Location or Vary that the 200 for the same request carried (RFC 9110 §15.3.7).",
  breaks: [
    { client: "caches", effect: "cannot store or combine the part; a missing ETag means parts of different versions get combined." },
    { client: "resuming clients", effect: "cannot check with If-Range that the parts belong together." },
  ],
  fixes: {
    express: "Set Cache-Control/ETag in middleware that runs before the static or range handler, so every status carries them.",
    fastify: "Set them in an onSend hook for all statuses, not only 200.",
    django: "Apply `patch_cache_control` and ETag in middleware that runs for 206 as well.",
    fastapi: "Build the 206 with the same common headers as the 200.",
    spring: "Add Cache-Control/ETag via `ResponseEntity.status(206).cacheControl(...).eTag(...)` or a filter that covers 206.",
    go: "Set the headers on `w.Header()` before `http.ServeContent`; it keeps them on 206.",
  },
  related: ["206", "probe/304-missing-headers"],
});
