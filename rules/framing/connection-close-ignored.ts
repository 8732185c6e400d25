import { defineRule } from '../../src/engine/rule';
import { headerEvidence } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { anomaliesOf } from './_anomaly';

// The transport adds the anomaly when the server still had the connection open at the extras timeout
// although the request said `Connection: close`.
export default defineRule({
  meta: {
    id: 'framing/connection-close-ignored',
    category: 'framing',
    severity: 'info',
    title: 'server kept the connection open after Connection: close',
    ref: { label: 'RFC 9112 §9.6', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-9.6' },
    needs: ['http1-syntax'],
    why: 'After a request with `Connection: close` the server must close the connection once the response is sent. A server that does not leaves clients that read to the end of the connection (and HTTP/1.0 clients) waiting for a timeout, and ties up a connection per such client.',
    fix: 'Close the connection after the response when the request carries `Connection: close` (most servers do; check custom socket handling and proxies in front that keep client connections open).',
  },
  check(exchange) {
    const found = anomaliesOf(exchange, 'connection-close-ignored');
    if (found.length === 0) return [];
    const sent = headerNamed(exchange.request?.headers ?? [], 'connection');
    const a = found[0]!;
    return [
      {
        message: `the server kept the connection open after the response although the request asked to close it (${a.detail})`,
        evidence: sent ? `request ${headerEvidence(sent)}` : a.detail,
        location: { part: 'connection', ...(a.offset === undefined ? {} : { offset: a.offset }) },
      },
    ];
  },
});
