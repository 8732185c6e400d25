// What `httpinspect explain http2/unexpected-headers` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for a second response header block with :status after the final response, without END_STREAM. 1xx responses before the final one are normal and do not fire.',
  breaks: [{ client: 'HTTP/2 clients', effect: 'reset the stream, or keep the first response and ignore the second.' }],
  fixes: frameFixes('two final responses on one stream'),
  related: ['http2/trailers-without-end-stream', 'http2/interim-with-end-stream'],
});
