// What `httpinspect explain probe/encoding-without-vary` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe encoding`: fires (warning) once when a coded probe (gzip, br or zstd) got a compressed response but the identity response has no `Vary: Accept-Encoding` (or `*`). The compressed response itself lacking Vary is content/encoding-without-vary.",
  breaks: [
    { client: "shared caches and CDNs", effect: "store the uncompressed response for everyone, or hand compressed bytes to clients that cannot decode them." },
  ],
  fixes: {
    express: "The `compression` middleware adds Vary even when it does not compress; if you compress by hand, `res.vary(\"Accept-Encoding\")` on every response.",
    fastify: "@fastify/compress adds Vary; by hand add it in an onSend hook for every response of the route.",
    django: "`GZipMiddleware` patches Vary on compressible responses; add `@vary_on_headers(\"Accept-Encoding\")` where it skips.",
    fastapi: "Starlette's GZipMiddleware adds Vary only when it compresses: add `Vary: Accept-Encoding` to small/identity responses yourself.",
    spring: "With `server.compression.enabled` Tomcat adds Vary; a CDN/filter that compresses must add it to identity responses too.",
    go: "Add `w.Header().Add(\"Vary\", \"Accept-Encoding\")` before deciding whether to compress.",
  },
  related: ["content/encoding-without-vary", "cache/vary-star"],
});
