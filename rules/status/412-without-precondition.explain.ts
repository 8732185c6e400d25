// What `httpinspect explain status/412-without-precondition` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 412 when the request had no conditional field at all: none of If-Match, If-None-Match, If-Unmodified-Since, If-Modified-Since, If-Range, WebDAV If / Overwrite, CalDAV If-Schedule-Tag-Match, or a vendor condition such as x-amz-copy-source-if-match (S3) or x-ms-if-tags (Azure). Not evaluated for a raw response without its saved request.',
  breaks: [
    { client: 'clients doing optimistic concurrency', effect: 'refetch and retry after a 412, which fails again: a retry loop or a confusing error.' },
  ],
  fixes: {
    express: 'To require If-Match, answer `res.status(428)`; answer 412 only when `req.get("If-Match")` does not match the current ETag.',
    fastify: 'Answer 428 when `request.headers["if-match"]` is missing, 412 when it does not match.',
    django: '`@condition(etag_func=…)` sends 412 only for failed preconditions; return 428 yourself when one is required.',
    fastapi: 'Raise `HTTPException(428)` when If-Match is absent, 412 only on mismatch.',
    spring: '`WebRequest.checkNotModified(etag)` handles If-Match/If-None-Match; return `ResponseEntity.status(428)` when a required header is missing.',
    go: 'Compare `r.Header.Get("If-Match")` to the ETag; write 428 when it is empty and required, 412 on mismatch.',
  },
  related: ['412', '428', 'cache/invalid-etag'],
});
