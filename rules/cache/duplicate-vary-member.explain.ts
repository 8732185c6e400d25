// What `httpinspect explain cache/duplicate-vary-member` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a field name that appears more than once in Vary, on one line or across several (case-insensitive).',
  breaks: [{ client: 'caches that compare Vary textually', effect: 'may store needless extra variants.' }],
  fixes: {
    express: 'Use `res.vary("Origin")`, which appends only if missing, instead of `res.append("Vary", …)`.',
    fastify: 'Use the `vary` package (`vary(reply.raw, "Origin")`) or check `reply.getHeader("Vary")` before adding.',
    django: '`patch_vary_headers(response, ["Origin"])` de-duplicates; avoid setting `response["Vary"]` by hand.',
    fastapi: 'Starlette middlewares (GZip, CORS) append Vary themselves; do not add the same name again by hand.',
    spring: 'Use `ResponseEntity.ok().varyBy(...)`, which merges names, instead of `headers.add("Vary", …)` in several filters.',
    go: 'Check `w.Header().Values("Vary")` before `Add`; many gzip handlers already add Accept-Encoding.',
  },
  related: ['cache/long-vary', 'cors/missing-vary-origin'],
});
