// What `httpinspect explain status/406-without-accept` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 406 when the request had no Accept-Charset, Accept-Encoding or Accept-Language, and either no Accept or exactly `Accept: */*`. Not evaluated for a raw response without its saved request.',
  breaks: [{ client: 'API clients, curl and SDKs', effect: 'get an error they cannot fix by changing Accept; the real cause is hidden.' }],
  fixes: {
    express: '`res.format({ default: … })` always needs a default branch; `*/*` matches any type.',
    fastify: 'Reply with the default type when `request.headers.accept` is absent or `*/*`.',
    django: 'DRF content negotiation picks the first renderer for `*/*`; raise `NotAcceptable` only for explicit, unmatched Accept values.',
    fastapi: 'Return the default media type unless Accept explicitly excludes it.',
    spring: '`HttpMediaTypeNotAcceptableException` should only follow an explicit Accept; `produces` with `*/*` matches anything. Use `consumes` errors (415) for request bodies.',
    go: 'Serve the default representation when `r.Header.Get("Accept")` is empty or `*/*`.',
  },
  related: ['406', '415', 'status/415-without-content'],
});
