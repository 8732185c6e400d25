import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation, statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { failedReason, isProbe } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/keep-alive-refused',
    category: 'probe',
    severity: 'info',
    title: 'The server closes the connection after each response',
    ref: { label: 'RFC 9112 §9.3', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-9.3' },
    why: 'HTTP/1.1 connections are persistent by default; a server that closes after every response makes each request pay a new TCP (and TLS) handshake, which adds a round trip or more per request for browsers and API clients.',
    fix: 'Let connections persist (nginx keepalive_timeout, Apache KeepAlive On, Node server.keepAliveTimeout) unless there is a reason to close; a proxy in front may be the one closing.',
  },
  check(exchange, context) {
    if (!isProbe(exchange, 'reuse') || exchange.connection?.position !== 1) return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    if (!exchange.connection.closedAfter) return [];
    const res = exchange.response!;
    const close = headersNamed(res.headers, 'connection').find((h) => /(^|,)\s*close\s*(,|$)/i.test(h.value));
    if (close) {
      return [{ message: 'the response to a request without Connection: close says Connection: close: the connection is not reused', evidence: headerEvidence(close), location: headerLocation(close) }];
    }
    return [
      {
        message: 'the server closed the connection after a response to a request that asked to keep it open',
        evidence: `${statusLineEvidence(res)}; then the server closed the connection${res.httpVersion === '1.0' ? ' (an HTTP/1.0 response without Connection: keep-alive)' : ''}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
