// What `httpinspect explain http2/interim-with-end-stream` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for a 1xx HEADERS frame (100, 102, 103) with END_STREAM: the final response can no longer follow. A 1xx without END_STREAM followed by the final response does not fire.',
  breaks: [{ client: 'HTTP/2 clients', effect: 'reset the stream with PROTOCOL_ERROR or report an empty failed response.' }],
  fixes: frameFixes('an interim response that ends the stream'),
  related: ['103', 'framing/unexpected-1xx'],
});
