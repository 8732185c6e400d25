// What `httpinspect explain http2/goaway-error` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for GOAWAY with an error code: as an error before the response completed, as info after it. GOAWAY(NO_ERROR) is a normal shutdown and stays silent.',
  breaks: [{ client: 'every HTTP/2 client', effect: 'fails requests in flight on that connection and must reconnect.' }],
  fixes: frameFixes('a connection error'),
  related: ['http2/stream-reset', 'http2/malformed-frame'],
});
