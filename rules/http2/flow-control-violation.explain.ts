// What `httpinspect explain http2/flow-control-violation` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { frameFixes } from './_explain';

export default defineExplanation({
  checks: 'Fires for DATA beyond the flow-control window httpinspect granted (1 MiB per stream and connection, replenished as it reads), a WINDOW_UPDATE with increment 0, or one growing a window beyond 2^31-1.',
  breaks: [{ client: 'HTTP/2 clients', effect: 'FLOW_CONTROL_ERROR: the stream or connection is closed and the body is lost.' }],
  fixes: frameFixes('flow-control errors'),
  related: ['http2/malformed-frame'],
});
