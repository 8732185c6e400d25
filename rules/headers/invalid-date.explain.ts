// What `httpinspect explain headers/invalid-date` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when Date is not an HTTP-date: an error for unparsable values, a warning for the obsolete RFC 850 and asctime formats.',
  breaks: [
    {
      client: 'caches',
      effect: 'cannot compute age and freshness and fall back to the receipt time; obsolete formats with two-digit years are read inconsistently.',
    },
  ],
  fixes: {
    express: 'Node sets a correct Date itself; remove a manual `res.set("Date", new Date().toString())` (toString is not an HTTP-date, `toUTCString()` is).',
    fastify: 'Same as Express (Node sets Date); remove manual overrides.',
    django: 'The server sets Date; if you set it, use `django.utils.http.http_date()`.',
    fastapi: 'Uvicorn sets Date; manual values need `email.utils.formatdate(usegmt=True)`.',
    spring: 'The container sets Date; use `headers.setDate(millis)` if you must.',
    go: 'net/http sets Date; manual values need `time.Now().UTC().Format(http.TimeFormat)`.',
  },
  related: ['headers/missing-date', 'cache/invalid-expires'],
});
