import { defineRule } from '../../src/engine/rule';
import { headersNamed } from '../../src/exchange';
import { anomaliesOf } from './_anomaly';

// HTTP/1.1 final responses only: in HTTP/1.0 reading to close is the normal way to end a body, and
// bodyless responses (HEAD, 1xx, 204, 304) have framing 'none'. A response whose head was cut off is
// framing/incomplete-head's business.
export default defineRule({
  meta: {
    id: 'framing/close-delimited',
    category: 'framing',
    severity: 'info',
    title: 'body length known only when the connection closes',
    ref: { label: 'RFC 9112 §6.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3' },
    needs: ['http1-syntax'],
    why: 'Without Content-Length or chunked encoding the client cannot tell a complete body from one cut off by a network failure or a crashed server, and the connection cannot be reused for the next request. Caches may store a truncated response as if it were complete.',
    fix: 'Send Content-Length when the size is known, or Transfer-Encoding: chunked when streaming (most frameworks do this automatically unless the handler writes to the raw socket or disables it).',
  },
  check(exchange) {
    const res = exchange.response;
    // Any HTTP/1.x from 1.1 up is processed as 1.1 (RFC 9110 §2.5).
    if (!res || !/^1\.[1-9]\d*$/.test(res.httpVersion) || res.framing?.kind !== 'close') return [];
    if (res.status < 200) return [];
    if (headersNamed(res.headers, 'content-length').length > 0 || headersNamed(res.headers, 'transfer-encoding').length > 0) return [];
    if (anomaliesOf(exchange, 'incomplete-head').length > 0) return [];
    return [
      {
        message: `the ${res.status} response has neither Content-Length nor Transfer-Encoding: its body (${res.contentLength} byte${res.contentLength === 1 ? '' : 's'} received) is delimited only by the connection closing`,
        evidence: `${res.statusLine.slice(0, 100)} at byte ${res.offset}; no Content-Length or Transfer-Encoding in the header block ending at byte ${res.headerEnd}`,
        location: { part: 'status-line', offset: res.offset },
      },
    ];
  },
});
