import { defineRule } from '../../src/engine/rule';
import { anomaliesOf } from './_anomaly';

// Beyond RULES.md: the header section exceeded --max-header-size, so reading stopped and nothing after
// it was checked.
export default defineRule({
  meta: {
    id: 'framing/header-section-too-large',
    category: 'framing',
    severity: 'error',
    title: 'header section too large',
    ref: { label: 'RFC 9112 §2.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-2.3' },
    why: 'Clients and proxies limit the size of a response head (Node: 16 KiB by default, nginx proxy buffers: 4–8 KiB); a larger one is rejected as a protocol error ("Header overflow", 502 Bad Gateway), so the response never reaches the application.',
    fix: 'Shrink the headers: drop large or repeated cookies and debug headers, move data to the body. If a large head is intended, raise --max-header-size to inspect it.',
  },
  check(exchange) {
    const found = anomaliesOf(exchange, 'header-section-too-large');
    if (found.length === 0) return [];
    const a = found[0]!;
    return [
      {
        message: a.detail,
        evidence: `the head starting at byte ${a.offset ?? 0} did not end within the limit (${exchange.receivedTotal ?? exchange.received.length} bytes received in all)`,
        location: { part: 'header', ...(a.offset === undefined ? {} : { offset: a.offset }) },
      },
    ];
  },
});
