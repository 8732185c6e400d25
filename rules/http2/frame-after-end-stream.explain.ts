// What `httpinspect explain http2/frame-after-end-stream` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for DATA or HEADERS on stream 1 after a frame with END_STREAM (or after RST_STREAM). httpinspect sends GOAWAY and half-closes only after the stream ends, then reads to EOF, so late frames are caught.',
  breaks: [
    { client: 'strict clients (node:http2)', effect: 'report STREAM_CLOSED for a response that had looked complete.' },
    { client: 'lenient clients (curl)', effect: 'drop the bytes silently.' },
  ],
  fixes: frameFixes('frames after END_STREAM'),
  related: ['framing/body-on-204', 'framing/body-on-304', 'http2/trailers-without-end-stream'],
});
