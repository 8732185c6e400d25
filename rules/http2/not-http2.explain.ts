// What `httpinspect explain http2/not-http2` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires when h2 was agreed (ALPN h2, or --http2-prior-knowledge) but the server answered in HTTP/1.x or with bytes that are not HTTP/2 frames.',
  breaks: [{ client: 'every HTTP/2 client', effect: 'fails with a protocol error before any response.' }],
  fixes: frameFixes('an HTTP/1.1 answer on an HTTP/2 connection'),
  related: ['http2/not-negotiated', 'framing/invalid-status-line'],
});
