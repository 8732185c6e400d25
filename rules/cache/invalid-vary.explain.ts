// What `httpinspect explain cache/invalid-vary` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on each Vary member that is neither "*" nor a token (a field name): spaces inside a name, parameters, quotes, slashes. Empty list elements are allowed.',
  breaks: [
    { client: 'browsers, CDNs and proxies', effect: 'cannot match the member to a request field: the response is stored for nothing or not at all, and the intended variation is lost.' },
  ],
  fixes: {
    express: '`res.vary("Accept-Encoding")` once per field (it validates field names and throws on invalid ones).',
    fastify: 'Use the `vary` package or write names separated by ", " in `reply.header("Vary", …)`.',
    django: '`patch_vary_headers(response, ["Accept-Encoding", "Accept-Language"])` with bare names.',
    fastapi: 'Write `"Accept-Encoding, Accept-Language"`; do not join with spaces or semicolons.',
    spring: '`ResponseEntity.ok().varyBy("Accept-Encoding", "Accept-Language")`.',
    go: '`w.Header().Add("Vary", "Accept-Encoding")` per field.',
  },
  related: ['cache/vary-star', 'cache/duplicate-vary-member'],
});
