// What `httpinspect explain http2/settings-invalid` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for SETTINGS values out of range (RFC 9113 §6.5.2): ENABLE_PUSH other than 0 from a server, INITIAL_WINDOW_SIZE above 2^31-1, MAX_FRAME_SIZE outside 16384–16777215; and when the server\'s first frame is not SETTINGS.',
  breaks: [{ client: 'HTTP/2 clients', effect: 'close the connection before reading any response.' }],
  fixes: frameFixes('invalid SETTINGS'),
  related: ['http2/malformed-frame'],
});
