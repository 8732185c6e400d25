// What `httpinspect explain http2/push-when-disabled` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for any PUSH_PROMISE: httpinspect sends SETTINGS_ENABLE_PUSH = 0, as curl and most clients do.',
  breaks: [{ client: 'curl, Node, browsers (push removed in Chrome 106)', effect: 'treat the push as a connection error or ignore it.' }],
  fixes: frameFixes('server push to a client that disabled it'),
  related: ['http2/settings-invalid'],
});
