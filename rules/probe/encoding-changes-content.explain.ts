// What `httpinspect explain probe/encoding-changes-content` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe encoding`: fires (error) when a compressed response decodes (gzip, deflate, br) to bytes other than the identity response's, and a shared ETag or Last-Modified shows both are the same representation. Without a shared validator, or for zstd (not decodable here), it is not evaluated.",
  breaks: [
    { client: "browsers and API clients", effect: "see different content depending on the Accept-Encoding they send." },
    { client: "caches", effect: "store a variant whose content does not match its validator." },
  ],
  fixes: {
    express: "Compress the final body (compression middleware after all transforms); never cache the compressed buffer of another version.",
    fastify: "Let @fastify/compress compress the payload in onSend; do not precompute a gzip file that can go stale.",
    django: "Regenerate precompressed static files (e.g. with whitenoise) whenever the source changes.",
    fastapi: "Use GZipMiddleware rather than serving precompressed files that may be stale.",
    spring: "Rebuild precompressed `.gz`/`.br` resources with the originals (EncodedResourceResolver serves them as is).",
    go: "Generate `.gz` files in the same build step as the originals, or compress on the fly.",
  },
  related: ["content/invalid-content-encoding", "probe/encoding-same-strong-etag"],
});
