// What `httpinspect explain cache/invalid-etag` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when ETag is not a valid entity-tag: unquoted, with invalid characters inside the quotes, or a malformed weak prefix.',
  breaks: [
    {
      client: 'caches and browsers',
      effect: 'ignore it or echo it back in a form the server never matches, so conditional requests (304) and lost-update protection (If-Match) silently stop working.',
    },
  ],
  fixes: {
    express: 'Let Express generate ETags (`app.set("etag", "strong")`); a manual value must be quoted: `res.set("ETag", `"${hash}"`)`.',
    fastify: '@fastify/etag generates valid tags; manual values need double quotes.',
    django: '`ConditionalGetMiddleware` / `@etag(func)` quote the value for you (return the bare hash from the function).',
    fastapi: 'Quote it yourself: `headers={"ETag": f\'"{hash}"\'}`.',
    spring: '`ResponseEntity.ok().eTag(hash)` quotes it; `ShallowEtagHeaderFilter` generates valid tags.',
    go: '`w.Header().Set("ETag", `"`+hash+`"`)`; `http.ServeContent` uses it for If-None-Match.',
  },
  related: ['cache/no-validator', '304', '412'],
});
