import { defineRule } from '../../src/engine/rule';
import { RFC9113, judgedBlocks } from './_h2';

// The response HEADERS (and each interim one) must carry :status (§8.3.2).
export default defineRule({
  meta: {
    id: 'http2/missing-status',
    category: 'http2',
    severity: 'error',
    title: 'HTTP/2 response without :status',
    ref: RFC9113('8.3.2'),
    why: 'Without :status there is no response: every HTTP/2 client treats the stream as malformed (node:http2 and undici lose the status and every header, curl fails with a protocol error).',
    fix: 'Send :status first in every response header block; a hand-built or proxied HEADERS frame must include it.',
  },
  check(exchange) {
    return judgedBlocks(exchange)
        .filter((b) => b.kind === 'response' && !b.afterEnd && !b.hpackError && !b.fields.some((f) => f.name === ':status'))
      .map((b) => ({
        message: `the response header block has no :status (fields: ${b.fields.map((f) => f.name).join(', ') || 'none'})`,
        evidence: `HEADERS frame at byte ${b.offset}`,
        location: { part: 'header' as const, offset: b.offset },
      }));
  },
});
