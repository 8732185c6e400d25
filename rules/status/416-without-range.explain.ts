// What `httpinspect explain status/416-without-range` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 416 when the request had no Range header. Not evaluated for a raw response without its saved request.',
  breaks: [{ client: 'browsers and HTTP clients', effect: 'get an error they cannot recover from by changing the request; downloads fail for no visible reason.' }],
  fixes: {
    express: 'Only compute `req.range(size)` when `req.headers.range` is set; a missing header means "send everything" (200).',
    fastify: 'Answer 416 only from your Range handling branch (`if (request.headers.range)`).',
    django: 'Return 416 only when `request.headers.get("Range")` is present and unsatisfiable.',
    fastapi: 'Raise 416 only inside the `if "range" in request.headers` branch.',
    spring: 'Throw the range error only when `HttpHeaders.getRange()` is non-empty; ResourceRegion handling does this.',
    go: '`http.ServeContent` only answers 416 to a Range request; custom handlers must check `r.Header.Get("Range") != ""`.',
  },
  related: ['416', 'status/416-without-content-range', 'range/206-without-range-request'],
});
