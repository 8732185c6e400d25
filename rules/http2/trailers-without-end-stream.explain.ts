// What `httpinspect explain http2/trailers-without-end-stream` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for a HEADERS frame after the response headers that carries no :status (so it is trailers) but does not set END_STREAM. Trailers with END_STREAM are fine.',
  breaks: [{ client: 'node:http2, gRPC clients', effect: 'reset the stream with PROTOCOL_ERROR or wait for an end that never comes.' }],
  fixes: frameFixes('trailers that do not end the stream'),
  related: ['http2/unexpected-headers', 'http2/frame-after-end-stream'],
});
