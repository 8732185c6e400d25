// What `httpinspect explain framing/invalid-content-length` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when Content-Length is not a non-negative decimal integer (signs, units, hex, spaces, empty value, or an absurdly large number).',
  breaks: [
    { client: 'Node, curl, browsers', effect: 'reject the response as a protocol error.' },
    {
      client: 'lenient parsers',
      effect: 'guess (parseInt("5 bytes") = 5) and split the stream differently from the server.',
    },
  ],
  fixes: {
    express: 'Node validates numbers it computes; a bad value comes from `res.set("Content-Length", someString)`. Remove it and let `res.send` compute the length.',
    fastify: 'Remove the manual header; Fastify computes it.',
    django: 'Remove the manual header (e.g. from a file size formatted as a string with units).',
    fastapi: 'Do not pass Content-Length in `headers=`; Starlette computes it.',
    spring: 'Use `setContentLengthLong(n)` with a number, or leave it to the container.',
    go: 'Use `strconv.Itoa(len(body))` or leave it unset.',
  },
  related: ['framing/conflicting-content-length', 'framing/content-length-mismatch'],
});
