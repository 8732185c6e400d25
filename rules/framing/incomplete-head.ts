import { defineRule } from '../../src/engine/rule';
import { anomaliesOf } from './_anomaly';

// Beyond RULES.md: the connection ended inside the header section (after a valid start of a status line),
// so the response was never complete and its headers may be cut short.
export default defineRule({
  meta: {
    id: 'framing/incomplete-head',
    category: 'framing',
    severity: 'error',
    title: 'connection ended inside the header section',
    ref: { label: 'RFC 9112 §8', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-8' },
    needs: ['http1-syntax'],
    why: 'A response is only usable once the blank line that ends its header section has arrived. Clients treat a head cut off by the connection closing as a failed request (curl: "empty reply" or "transfer closed", fetch: "socket hang up"/"other side closed"), and any headers received may be incomplete.',
    fix: 'Find out why the server closes or resets the connection while writing headers: a crash or timeout in the handler, a proxy idle timeout, or a response head larger than a proxy buffer.',
  },
  check(exchange) {
    const found = anomaliesOf(exchange, 'incomplete-head');
    if (found.length === 0) return [];
    const a = found[0]!;
    const res = exchange.response;
    const start = res?.offset ?? 0;
    const received = (a.offset ?? exchange.received.length) - start;
    return [
      {
        message: `${a.detail} (${received} byte${received === 1 ? '' : 's'} of head received${res ? `, ${res.headers.length} header line${res.headers.length === 1 ? '' : 's'}` : ''})`,
        evidence: `${res ? `${res.statusLine.slice(0, 100)} at byte ${res.offset}; ` : ''}connection ended at byte ${a.offset ?? exchange.received.length} without the blank line`,
        location: { part: 'header', ...(a.offset === undefined ? {} : { offset: a.offset }) },
      },
    ];
  },
});
