// What `httpinspect explain probe/encoding-not-offered` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe encoding`: reports (info) a 200 with a compressible type (text/*, JSON, JavaScript, XML, SVG) of 1 KiB or more that is sent uncompressed to each of Accept-Encoding gzip, br and zstd. Images, video, archives and small bodies are not judged.",
  breaks: [
    { client: "mobile clients and slow links", effect: "download 3–10× more bytes than needed." },
  ],
  fixes: {
    express: "`app.use(compression())`.",
    fastify: "`await app.register(import(\"@fastify/compress\"))`.",
    django: "Add `django.middleware.gzip.GZipMiddleware` (mind BREACH for secrets in bodies), or compress at the proxy.",
    fastapi: "`app.add_middleware(GZipMiddleware, minimum_size=1000)`.",
    spring: "`server.compression.enabled=true` with `server.compression.mime-types` including application/json.",
    go: "Wrap the handler with a gzip middleware such as `github.com/klauspost/compress/gzhttp`.",
  },
  related: ["probe/encoding-without-vary"],
});
