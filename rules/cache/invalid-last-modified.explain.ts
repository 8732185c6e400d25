// What `httpinspect explain cache/invalid-last-modified` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) when Last-Modified is not an HTTP-date (ISO 8601, a Unix timestamp, a local time zone, a wrong day or month name); an obsolete RFC 850 or asctime date is a warning.',
  breaks: [
    { client: 'browsers and caches', effect: 'drop the validator: no If-Modified-Since revalidation and no heuristic freshness, so every reuse costs a full download.' },
  ],
  fixes: {
    express: '`res.set("Last-Modified", mtime.toUTCString())`; express.static writes a valid value for files.',
    fastify: '`reply.header("Last-Modified", date.toUTCString())`.',
    django: '`django.utils.http.http_date(ts)`, or `@last_modified(func)` which formats it for you.',
    fastapi: '`email.utils.formatdate(ts, usegmt=True)`; FileResponse sets it from the file.',
    spring: '`ResponseEntity.ok().lastModified(instant)` formats an HTTP-date.',
    go: '`w.Header().Set("Last-Modified", t.UTC().Format(http.TimeFormat))`, or `http.ServeContent` with the modtime.',
  },
  related: ['cache/last-modified-in-future', 'cache/no-validator', 'headers/invalid-date'],
});
