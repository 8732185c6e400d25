// What `httpinspect explain http2/invalid-pseudo-header` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for an unknown pseudo-header, a second :status, a request pseudo-header (:method, :scheme, :authority, :path, :protocol) in a response, or a pseudo-header after a regular field. Trailers are judged by http2/pseudo-header-in-trailers.',
  breaks: [{ client: 'node:http2, curl, browsers', effect: 'reject the response as malformed (PROTOCOL_ERROR).' }],
  fixes: frameFixes('pseudo-header fields in the wrong place'),
  related: ['http2/pseudo-header-in-trailers', 'http2/missing-status'],
});
