import { defineRule } from '../../src/engine/rule';
import { RFC9113, judgedBlocks } from './_h2';

// After the final response's HEADERS, only DATA and one trailer block may follow (§8.1).
export default defineRule({
  meta: {
    id: 'http2/unexpected-headers',
    category: 'http2',
    severity: 'error',
    title: 'a second response HEADERS on the stream',
    ref: RFC9113('8.1'),
    why: 'An HTTP/2 response is one final header block, DATA, and optional trailers. A second HEADERS frame with :status (a second response) is malformed: clients reset the stream, or keep the first response and ignore the second.',
    fix: 'Send one final response per stream; informational (1xx) responses go before it, never after.',
  },
  check(exchange) {
    return judgedBlocks(exchange)
      .filter((b) => b.kind === 'unexpected' && b.fields.some((f) => f.name.startsWith(':')))
      .map((b) => ({
        message: `a second response header block (:status ${b.fields.find((f) => f.name === ':status')?.value ?? 'missing'}) after the final response`,
        evidence: `HEADERS frame at byte ${b.offset}`,
        location: { part: 'header' as const, offset: b.offset },
      }));
  },
});
