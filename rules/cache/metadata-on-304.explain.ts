// What `httpinspect explain cache/metadata-on-304` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a 304 that carries Content-Encoding (warning), Content-Type or Content-Language (info). ETag, Last-Modified, Date, Cache-Control, Expires, Vary and Content-Location are what a 304 should carry and stay quiet.',
  breaks: [
    { client: 'browsers and caches that merge 304 headers', effect: 'relabel the stored response: a gzip Content-Encoding on an identity copy makes the next use fail to decode (ERR_CONTENT_DECODING_FAILED); a different Content-Type changes how it is rendered.' },
  ],
  fixes: {
    express: 'Let `res.send` / express.static answer conditionals: they remove Content-Type and Content-Length on 304; with compression middleware, do not set Content-Encoding on 304.',
    fastify: '@fastify/etag answers 304 without content headers; in hand-written 304s call `reply.removeHeader("Content-Type")`.',
    django: '`ConditionalGetMiddleware` and `@condition` return `HttpResponseNotModified`, which drops Content-Type; do not copy headers onto it.',
    fastapi: 'Return `Response(status_code=304, headers={"ETag": etag})` without `media_type`.',
    spring: '`WebRequest.checkNotModified(etag)` then `return null`; avoid filters that set Content-Type unconditionally (check the status first).',
    go: '`http.ServeContent` strips Content-Type, Content-Length and Content-Encoding on 304; in custom handlers `w.Header().Del(...)` them before `WriteHeader(304)`.',
  },
  related: ['304', 'framing/body-on-304', 'status/304-without-precondition'],
});
