// What `httpinspect explain probe/encoding-same-strong-etag` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe encoding`: fires (warning) when a compressed response carries the same strong ETag as the identity response. Weak ETags (W/\"…\"), as nginx sends on compressed responses, are fine.",
  breaks: [
    { client: "caches combining ranges and resuming clients", effect: "treat gzip and identity bytes as interchangeable and splice them together." },
  ],
  fixes: {
    express: "The compression middleware weakens strong ETags on compressed responses; if you compress by hand, use `W/` or a per-coding suffix.",
    fastify: "@fastify/compress keeps the ETag: mark it weak or suffix it per coding in an onSend hook.",
    django: "`GZipMiddleware` weakens strong ETags (Django 4.1+); older versions need a suffix per coding.",
    fastapi: "Append the coding to the ETag (`\"v1-gzip\"`) or make it weak when GZipMiddleware compresses.",
    spring: "`ShallowEtagHeaderFilter` hashes the compressed bytes only if it runs after compression; otherwise send a weak ETag.",
    go: "Suffix the ETag per coding in the gzip handler (e.g. `etag[:len(etag)-1] + \"-gzip\\\"\"`).",
  },
  related: ["cache/invalid-etag", "probe/encoding-changes-content"],
});
