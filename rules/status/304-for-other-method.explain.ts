// What `httpinspect explain status/304-for-other-method` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a 304 answering any method other than GET or HEAD.',
  breaks: [{ client: 'API clients', effect: 'get no result for their POST/PUT/DELETE and cannot tell whether it was applied.' }],
  fixes: {
    express: 'Check `req.method` before using `req.fresh`: for writes compare If-Match / If-None-Match yourself and answer 412.',
    fastify: '@fastify/etag only answers 304 to GET/HEAD; hand-written checks on writes should reply 412.',
    django: '`@condition` answers 412 for unsafe methods; do not return `HttpResponseNotModified` from POST/PUT views.',
    fastapi: 'Raise `HTTPException(412)` when a write\'s precondition fails.',
    spring: '`WebRequest.checkNotModified` sets 412 for unsafe methods; do not force 304 in write handlers.',
    go: 'For writes, compare ETags and write `http.StatusPreconditionFailed`, never 304.',
  },
  related: ['304', '412', 'status/304-without-precondition', 'status/412-instead-of-304'],
});
