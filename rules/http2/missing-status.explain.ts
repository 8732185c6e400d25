// What `httpinspect explain http2/missing-status` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires when the response header block on stream 1 has no :status pseudo-header. Interim responses and trailers are judged by their own rules.',
  breaks: [{ client: 'every HTTP/2 client', effect: 'treats the stream as malformed: no status, no headers, an error instead of a response.' }],
  fixes: frameFixes('a header block without :status'),
  related: ['http2/invalid-status', 'framing/invalid-status-line'],
});
