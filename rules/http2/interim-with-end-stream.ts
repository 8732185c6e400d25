import { defineRule } from '../../src/engine/rule';
import { RFC9113, streamBlocks } from './_h2';

// A 1xx header block must not end the stream (§8.1): the final response has to follow.
export default defineRule({
  meta: {
    id: 'http2/interim-with-end-stream',
    category: 'http2',
    severity: 'error',
    title: 'informational (1xx) HEADERS with END_STREAM',
    ref: RFC9113('8.1'),
    why: 'An interim response is never the end of an exchange: a 1xx HEADERS frame with END_STREAM leaves the request without a final response. Clients reset the stream with PROTOCOL_ERROR or report an empty, failed response.',
    fix: 'Send 1xx responses (100 Continue, 103 Early Hints) without END_STREAM and follow them with the final response.',
  },
  check(exchange) {
    return streamBlocks(exchange)
      .filter((b) => b.kind === 'interim' && b.endStream)
      .map((b) => ({
        message: `the ${b.fields.find((f) => f.name === ':status')?.value ?? '1xx'} interim response ends the stream: no final response can follow`,
        evidence: `HEADERS frame at byte ${b.offset} with END_STREAM`,
        location: { part: 'interim' as const, offset: b.offset },
      }));
  },
});
