// What `httpinspect explain framing/conflicting-content-length` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when the response carries several Content-Length values that differ (on separate lines or in one comma-separated list).',
  breaks: [
    {
      client: 'Node, curl, browsers',
      effect: 'reject the response as a protocol error (e.g. ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH in Chrome).',
    },
    {
      client: 'lenient proxies and clients',
      effect: 'pick the first or the last value and split the stream in different places: response splitting and cache poisoning.',
    },
  ],
  fixes: {
    express: 'Set Content-Length once or not at all (`res.send` computes it); look for middleware that sets it again after changing the body (compression, rewriting).',
    fastify: 'Let Fastify compute Content-Length; remove `reply.header("Content-Length", …)` calls in hooks (onSend) that change the payload.',
    django: 'Let `CommonMiddleware` set Content-Length; remove manual `response["Content-Length"]` after middleware altered the content.',
    fastapi: 'Starlette sets Content-Length on Response; do not pass your own in `headers=` and then change the body in middleware.',
    spring: 'Do not set Content-Length by hand when filters may rewrite the body (e.g. ShallowEtagHeaderFilter, compression).',
    go: 'Set `Content-Length` with `Header().Set`, never `Header().Add`, and only to the exact final body length.',
  },
  related: [
    'framing/duplicate-content-length',
    'framing/content-length-mismatch',
    'framing/invalid-content-length',
  ],
});
