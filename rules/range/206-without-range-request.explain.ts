// What `httpinspect explain range/206-without-range-request` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) when a 206 answers a GET or HEAD with no Range header (other methods: range/206-to-unranged-method). Not evaluated for a raw response without its saved request.',
  breaks: [
    { client: 'HTTP clients (fetch, curl, requests)', effect: 'return the part as if it were the whole body: truncated downloads, unparseable JSON.' },
    { client: 'caches', effect: 'may store an incomplete response for requests that never asked for a range.' },
  ],
  fixes: {
    express: 'Only answer 206 when `req.headers.range` is present and `req.range(size)` is satisfiable; otherwise `res.status(200)` with the full body.',
    fastify: 'Check `request.headers.range` before replying 206.',
    django: 'Check `request.headers.get("Range")` before building a 206.',
    fastapi: 'Check `request.headers.get("range")` before returning `status_code=206`.',
    spring: 'Use `@RequestHeader(value = "Range", required = false)` and return 200 when it is null, or let ResourceRegion handling decide.',
    go: 'Check `r.Header.Get("Range")`; `http.ServeContent` answers 200 without it.',
  },
  related: ['206', 'range/content-range-on-wrong-status', 'status/206-without-content-range'],
});
