// What `httpinspect explain http2/pseudo-header-in-trailers` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for any pseudo-header field (such as :status) in the trailing header block that ends the stream. Regular trailer fields (grpc-status, server-timing) are fine.',
  breaks: [{ client: 'gRPC clients, node:http2', effect: 'reset the stream: the call fails after the body arrived.' }],
  fixes: frameFixes('pseudo-headers in trailers'),
  related: ['http2/invalid-pseudo-header', 'http2/trailers-without-end-stream'],
});
