// What `httpinspect explain http2/frame-flood` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires when the server sends more than 1000 control frames (SETTINGS, PING, PRIORITY, WINDOW_UPDATE, empty DATA, unknown types) on one connection, or a header block spread over more than 64 frames (CONTINUATION flood). Reading stops there.',
  breaks: [{ client: 'hardened clients and proxies', effect: 'close the connection with ENHANCE_YOUR_CALM.' }],
  fixes: frameFixes('a frame flood'),
  related: ['http2/malformed-frame', 'framing/header-section-too-large'],
});
