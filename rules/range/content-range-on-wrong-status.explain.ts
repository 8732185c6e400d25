// What `httpinspect explain range/content-range-on-wrong-status` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a response other than 206 or 416 carries Content-Range (typically a 200 from a proxy or a handler that sets Content-Range but forgets the status).',
  breaks: [
    { client: 'resuming downloaders and caches', effect: 'may treat the full body as a part and splice it at the wrong offset, or store an inconsistent copy.' },
  ],
  fixes: {
    express: 'Set `res.status(206)` whenever you set Content-Range; otherwise do not set it.',
    fastify: '`reply.code(206).header("Content-Range", …)`; never Content-Range with 200.',
    django: 'Return `HttpResponse(status=206)` together with Content-Range, or drop the header for full responses.',
    fastapi: 'Use `status_code=206` with Content-Range; a full response needs neither.',
    spring: 'Return `ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)` with the header, or let ResourceRegion handling do it.',
    go: '`w.WriteHeader(http.StatusPartialContent)` after setting Content-Range; `http.ServeContent` does this for you.',
  },
  related: ['206', 'range/invalid-content-range', 'range/206-without-range-request'],
});
