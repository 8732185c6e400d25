// What `httpinspect explain cache/no-validator` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a cacheable response with neither ETag nor Last-Modified.',
  breaks: [
    {
      client: 'caches',
      effect: 'cannot revalidate with a cheap 304; they download the whole response again after every expiry.',
    },
  ],
  fixes: {
    express: 'Express adds weak ETags to `res.send` bodies by default (`app.set("etag", …)`); express.static adds ETag and Last-Modified.',
    fastify: 'Register @fastify/etag; @fastify/static adds validators for files.',
    django: 'Enable `ConditionalGetMiddleware` (adds ETag) or use `@condition(etag_func=…, last_modified_func=…)`.',
    fastapi: 'Compute an ETag (e.g. a hash of the body or a version column) and answer If-None-Match with 304; FileResponse sets ETag and Last-Modified.',
    spring: 'Add `ShallowEtagHeaderFilter`, or `ResponseEntity.ok().eTag(version)` with `WebRequest.checkNotModified`.',
    go: 'Set `ETag` and use `http.ServeContent`, which answers conditional requests.',
  },
  related: ['304', 'cache/invalid-etag'],
});
