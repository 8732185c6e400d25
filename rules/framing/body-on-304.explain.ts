// What `httpinspect explain framing/body-on-304` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when bytes follow the header section of a 304 Not Modified response (whatever Content-Length says: in a 304, Content-Length describes the 200 it stands for, not a body).',
  breaks: [
    {
      client: 'browsers and CDNs revalidating cached entries',
      effect: 'stop at the headers; the stray bytes corrupt the next response on the connection (response desynchronisation), which shows up as random failures of unrelated requests.',
    },
    { client: 'strict clients (undici)', effect: 'fail the request instead of using the cached copy.' },
  ],
  fixes: {
    express: 'Let Express answer conditional GETs: `res.send()`/`res.json()` compare the ETag with If-None-Match and send a bodyless 304 themselves (check with `req.fresh`). A hand-written 304 is `res.status(304).end()`.',
    fastify: 'Send `reply.code(304).send()` with no payload (e.g. after comparing `request.headers["if-none-match"]` with the ETag), or use @fastify/etag which does it for you.',
    django: 'Use `ConditionalGetMiddleware` or the `@condition`/`@etag` decorators, which return a bodyless `HttpResponseNotModified`.',
    fastapi: '`return Response(status_code=304, headers={"ETag": etag})` with no content; Starlette\'s StaticFiles handles it for files.',
    spring: 'Use `WebRequest.checkNotModified(etag)` and return null, or `ShallowEtagHeaderFilter`; a manual 304 is `ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build()`.',
    go: '`w.WriteHeader(http.StatusNotModified)` and write nothing; `http.ServeContent` handles If-None-Match/If-Modified-Since correctly for you.',
  },
  related: ['304', 'framing/body-on-204', 'cache/no-validator'],
});
