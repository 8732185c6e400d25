// What `httpinspect explain http2/invalid-status` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires when :status is not exactly three digits from 100 to 599 (e.g. "200 OK", "2000", "abc"). HTTP/2 has no reason phrase.',
  breaks: [{ client: 'node:http2, curl, browsers', effect: 'reject the response as malformed.' }],
  fixes: frameFixes('a malformed :status'),
  related: ['http2/missing-status', 'status/unregistered-code'],
});
