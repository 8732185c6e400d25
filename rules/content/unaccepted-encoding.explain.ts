// What `httpinspect explain content/unaccepted-encoding` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (error) when Content-Encoding names a coding the request's Accept-Encoding does not accept: not listed (and no `*`), listed with q=0, excluded by `*;q=0`, or any coding when Accept-Encoding is empty. Quiet when the request had no Accept-Encoding (any coding is acceptable, RFC 9110 §12.5.3), on 304s, on the response to `--probe encoding` (probe/encoding-not-requested judges it), and for x-gzip vs gzip. An uncoded response is never flagged, even to `identity;q=0`: every client can read it, and a server with no acceptable coding may send it.",
  breaks: [
    { client: "HTTP libraries without brotli or zstd (older Python, Java and embedded clients)", effect: "receive br or zstd they never offered and fail to decode it, or hand the compressed bytes to the application." },
    { client: "clients sending `Accept-Encoding: identity`", effect: "cannot decode gzip or br at all and fail." },
  ],
  fixes: {
    express: "Use the `compression` middleware, which negotiates; with `express.static` serving pre-compressed files (e.g. `express-static-gzip`), make sure it checks Accept-Encoding.",
    fastify: "`@fastify/compress` negotiates per request; do not set Content-Encoding by hand on a stored .gz payload without checking `request.headers[\"accept-encoding\"]`.",
    django: "`GZipMiddleware` checks Accept-Encoding; when serving pre-compressed files (WhiteNoise), let it negotiate instead of forcing `.gz`.",
    fastapi: "Starlette's `GZipMiddleware` negotiates; a custom `Response(headers={\"Content-Encoding\": \"gzip\"})` must check `request.headers.get(\"accept-encoding\")`.",
    spring: "Let the container compress (`server.compression.enabled=true`); for pre-compressed resources use `EncodedResourceResolver`, which negotiates.",
    go: "Check `r.Header.Get(\"Accept-Encoding\")` before gzipping (or use a negotiating handler such as `github.com/klauspost/compress/gzhttp`).",
  },
  related: ["content/encoding-without-vary", "content/invalid-content-encoding", "probe/encoding-not-requested"],
});
