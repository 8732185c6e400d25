// What `httpinspect explain cache/invalid-expires` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Expires is not an HTTP-date (commonly "0", "-1" or a local-time format).',
  breaks: [
    {
      client: 'caches',
      effect: 'must treat it as already expired; a real lifetime that was intended is lost, and parsers disagree on odd formats.',
    },
  ],
  fixes: {
    express: 'Prefer `Cache-Control: max-age=…`; if you need Expires, `res.set("Expires", new Date(Date.now() + ms).toUTCString())`.',
    fastify: 'Same idea as Express with `reply.header("Expires", date.toUTCString())`, or drop Expires for Cache-Control.',
    django: '`patch_response_headers(response, cache_timeout)` writes a valid Expires and max-age; `django.utils.http.http_date()` formats dates.',
    fastapi: 'Use `email.utils.formatdate(ts, usegmt=True)` for Expires, or only Cache-Control.',
    spring: '`headers.setExpires(epochMillis)` formats an HTTP-date; prefer `CacheControl`.',
    go: '`t.UTC().Format(http.TimeFormat)`.',
  },
  related: ['cache/missing-cache-control', 'headers/invalid-date'],
});
