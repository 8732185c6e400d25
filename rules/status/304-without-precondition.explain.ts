// What `httpinspect explain status/304-without-precondition` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a 304 when the request had neither If-None-Match nor If-Modified-Since (the only conditions that yield 304), to GET or HEAD; other methods are judged by status/304-for-other-method. Not evaluated for a raw response without its saved request.',
  breaks: [
    { client: 'browsers, fetch and API clients without a cached copy', effect: 'receive no content: blank pages, empty responses, missing scripts or images.' },
  ],
  fixes: {
    express: 'Let `req.fresh` decide (it requires If-None-Match / If-Modified-Since); never `res.sendStatus(304)` unconditionally.',
    fastify: '@fastify/etag checks If-None-Match before sending 304; custom code must check the header first.',
    django: 'Use `@condition` / `ConditionalGetMiddleware`, which only answer 304 to conditional requests.',
    fastapi: 'Return 304 only when `request.headers.get("if-none-match") == etag`.',
    spring: '`WebRequest.checkNotModified(etag)` only returns true for conditional requests; do not set 304 by hand.',
    go: '`http.ServeContent` evaluates the conditions; custom handlers must compare `r.Header.Get("If-None-Match")`.',
  },
  related: ['304', 'cache/metadata-on-304', 'framing/body-on-304'],
});
