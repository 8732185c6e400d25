// What `httpinspect explain http2/malformed-frame` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for a frame with a wrong length for its type, a frame over SETTINGS_MAX_FRAME_SIZE, padding not shorter than the payload, a frame on the wrong stream (stream 0 for DATA/HEADERS, a stream the client never opened), DATA before the response HEADERS, or a header block interrupted by another frame. Unknown frame types and flags are ignored, as the RFC says.',
  breaks: [{ client: 'nghttp2 (curl, Node), Go', effect: 'close the connection with PROTOCOL_ERROR or FRAME_SIZE_ERROR.' }],
  fixes: frameFixes('malformed frames'),
  related: ['http2/settings-invalid', 'http2/goaway-error'],
});
