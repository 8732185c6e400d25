import { defineRule } from '../../src/engine/rule';
import { RFC9113, judgedBlocks } from './_h2';

// A HEADERS frame after the response headers, without :status, is trailers; it must end the stream (§8.1).
export default defineRule({
  meta: {
    id: 'http2/trailers-without-end-stream',
    category: 'http2',
    severity: 'error',
    title: 'HTTP/2 trailers without END_STREAM',
    ref: RFC9113('8.1'),
    why: 'The trailer section is the last thing on a stream: a trailing HEADERS frame without END_STREAM is malformed. Clients reset the stream (PROTOCOL_ERROR) and drop the response, or wait for an end that never comes.',
    fix: 'Set END_STREAM on the HEADERS frame that carries trailers, and send no DATA after it.',
  },
  check(exchange) {
    return judgedBlocks(exchange)
      .filter((b) => b.kind === 'unexpected' && !b.fields.some((f) => f.name.startsWith(':')))
      .map((b) => ({
        message: 'a trailing HEADERS frame (no :status) without END_STREAM',
        evidence: `HEADERS frame at byte ${b.offset} (${b.fields.length} field${b.fields.length === 1 ? '' : 's'}: ${b.fields.map((f) => f.name).join(', ')})`,
        location: { part: 'trailer' as const, offset: b.offset },
      }));
  },
});
