// What `httpinspect explain probe/connection-reuse-desync` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe reuse`: fires (error) when, on one kept-alive connection, the first response left bytes after its framing said it ended (a 204, 304 or HEAD answer with a body, a short Content-Length), so the second response does not start with its status line. Evidence: the bytes where the second status line should start.",
  breaks: [
    { client: "undici and curl reusing the connection (measured with --clients)", effect: "undici throws HTTPParserError and curl exits 1 (Received HTTP/0.9) on the next response: the stray bytes are read as its start." },
    { client: "reverse proxies and CDNs", effect: "mix responses between users (response desynchronization)." },
  ],
  fixes: {
    express: "Never write a body on 204/304/HEAD: `res.status(204).end()`; Node strips bodies of 204/304 written with `res.end(body)` but not raw socket writes.",
    fastify: "`reply.code(204).send()` with no payload; avoid writing to `reply.raw` after the head.",
    django: "Return `HttpResponse(status=204)` without content; middleware that appends content must skip 204/304.",
    fastapi: "`Response(status_code=204)`; do not use JSONResponse with 204 (it serializes `null`).",
    spring: "Return `ResponseEntity.noContent().build()`; a filter writing to the output stream after a 204 causes it.",
    go: "Go's server discards writes after `WriteHeader(204)`; hijacked connections or proxies writing raw bytes do not.",
  },
  related: ["204", "framing/body-on-204", "framing/body-on-head", "framing/body-on-304"],
});
