// What `httpinspect explain cache/invalid-expires` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Expires is not an HTTP-date (an ISO 8601 or local-time format, a Unix timestamp). The "already expired" idiom `Expires: 0` (or a negative number) is advice (info) only, and quiet when Cache-Control has max-age, s-maxage, no-store or no-cache (Spring Security\'s `no-cache, no-store, max-age=0, must-revalidate` with `Expires: 0`).',
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
