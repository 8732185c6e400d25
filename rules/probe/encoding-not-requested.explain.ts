// What `httpinspect explain probe/encoding-not-requested` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe encoding`: fires (error) when a probe that asked for exactly one coding (identity, gzip, br or zstd) gets a response coded otherwise (x-gzip counts as gzip).",
  breaks: [
    { client: "clients that sent Accept-Encoding: identity", effect: "show or parse compressed bytes as the document." },
    { client: "clients without br/zstd", effect: "fail with a decoding error." },
  ],
  fixes: {
    express: "Do not set Content-Encoding by hand; the compression middleware negotiates with `req.acceptsEncodings()`.",
    fastify: "Let @fastify/compress negotiate; when serving precompressed files use `reply.header` only after checking Accept-Encoding.",
    django: "Serve precompressed files only when `request.headers[\"Accept-Encoding\"]` lists the coding.",
    fastapi: "Check `request.headers.get(\"accept-encoding\")` before returning precompressed bytes.",
    spring: "EncodedResourceResolver checks Accept-Encoding; custom code must too.",
    go: "Check `r.Header.Get(\"Accept-Encoding\")` before serving a `.gz` file.",
  },
  related: ["content/invalid-content-encoding", "406"],
});
