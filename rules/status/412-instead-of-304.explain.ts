// What `httpinspect explain status/412-instead-of-304` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 412 to GET or HEAD when the request had If-None-Match and no If-Match, If-Unmodified-Since or WebDAV If. Not evaluated for a raw response without its saved request.',
  breaks: [
    { client: 'browsers and caches revalidating', effect: 'treat the 412 as an error instead of reusing the cached copy: broken pages or needless refetches.' },
  ],
  fixes: {
    express: 'Use `req.fresh` and `res.status(304).end()` for GET; Express\'s `res.send` does this for you.',
    fastify: '@fastify/etag replies 304 to a matching If-None-Match on GET.',
    django: '`@condition(etag_func=…)` answers 304 for GET/HEAD and 412 for other methods.',
    fastapi: 'Return `Response(status_code=304, headers={"ETag": etag})` when `if-none-match` matches on GET.',
    spring: '`WebRequest.checkNotModified(etag)` picks 304 for GET/HEAD and 412 otherwise.',
    go: '`http.ServeContent` answers 304; by hand write `http.StatusNotModified` for GET/HEAD.',
  },
  related: ['304', '412', 'status/304-for-other-method', 'status/412-without-precondition'],
});
