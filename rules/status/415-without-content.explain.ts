// What `httpinspect explain status/415-without-content` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 415 when the request had no content and no Content-Type or Content-Encoding. Not evaluated for a raw response without its saved request.',
  breaks: [{ client: 'API clients and SDKs', effect: 'change the Content-Type of a body that does not exist; the real error stays hidden.' }],
  fixes: {
    express: 'Only check `req.is("application/json")` when the request has a body (`req.headers["content-length"]` or Transfer-Encoding).',
    fastify: 'Fastify\'s content-type parser only runs with a body; custom 415 checks must too.',
    django: 'DRF raises UnsupportedMediaType only while parsing a body; do not run parsers for GET.',
    fastapi: 'Check `request.headers.get("content-type")` only for requests with a body.',
    spring: 'Put `consumes` only on mappings that take a body and map `HttpMediaTypeNotSupportedException` to 415 only when the request has one; an Accept mismatch is `produces` (406).',
    go: 'Check `r.ContentLength != 0` before rejecting a Content-Type.',
  },
  related: ['415', '406', 'status/406-without-accept', 'status/413-without-content'],
});
