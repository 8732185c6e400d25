// What `httpinspect explain range/206-to-unranged-method` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a 206 answering any method other than GET or HEAD.',
  breaks: [
    { client: 'API clients and SDKs', effect: 'treat the partial content as the whole result of their POST/PUT: truncated data.' },
  ],
  fixes: {
    express: 'Only honour `req.range()` inside GET routes; POST/PUT handlers should never set 206.',
    fastify: 'Handle Range only in GET routes.',
    django: 'Check `request.method == "GET"` before building a ranged response.',
    fastapi: 'Serve ranges only from `@app.get` routes.',
    spring: 'Return `ResourceRegion` only from `@GetMapping` handlers.',
    go: 'Call `http.ServeContent` only for GET and HEAD: it applies Range whatever the request method.',
  },
  related: ['206', 'range/206-without-range-request'],
});
