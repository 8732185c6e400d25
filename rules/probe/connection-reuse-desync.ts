import { defineRule } from '../../src/engine/rule';
import { bytesEvidence, plural } from '../../src/engine/evidence';
import { failedReason, isProbe, probesOf } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/connection-reuse-desync',
    category: 'probe',
    severity: 'error',
    title: 'On a kept-alive connection the next response is corrupted by stray bytes',
    ref: { label: 'RFC 9112 §6.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3' },
    why: 'Clients and proxies reuse connections: bytes left after a response whose framing says it ended (a 204, 304 or HEAD answer with a body) are read as the start of the next response, which then fails to parse or, worse, is mistaken for another response (response desync).',
    fix: 'Send no body on 204, 304 and HEAD responses and make Content-Length match the body exactly; if a handler cannot be fixed at once, send Connection: close after such responses.',
  },
  check(exchange, context) {
    if (!isProbe(exchange, 'reuse')) return [];
    if (exchange.connection?.position === 1) {
      // Judged on the second request; when none was sent, say why on the first.
      const sent = probesOf(context, exchange.probe!.of, 'reuse').some((e) => e.connection?.position === 2);
      if (sent) return [];
      const failed = failedReason(exchange);
      if (failed) return context.notEvaluated(failed);
      if (exchange.connection.closedAfter) return context.notEvaluated('the server closed the connection after the first response, so there was no second response on it to corrupt');
      return context.notEvaluated('the first response did not complete, so no second request was sent on its connection');
    }
    if (exchange.connection?.position !== 2) return [];
    const first = probesOf(context, exchange.probe!.of, 'reuse').find((e) => e.connection?.position === 1);
    const stray = first?.extra?.length ?? 0;
    const start = exchange.received.subarray(0, 16);
    const startsRight = exchange.received.subarray(0, 5).toString('latin1') === 'HTTP/';
    if (stray === 0 && startsRight) return [];
    if (exchange.received.length === 0) return [];
    return [
      {
        message:
          stray > 0
            ? `the first response left ${plural(stray, 'stray byte')} on the connection; a client reads them as the start of the second response`
            : 'the second response on the connection does not start with a status line',
        evidence: `where the second status line should start: ${bytesEvidence(start, exchange.received.length)}`,
        location: { part: 'status-line', offset: 0 },
      },
    ];
  },
});
