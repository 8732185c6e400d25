import { defineRule } from '../../src/engine/rule';

// --http2 offered ALPN "h2, http/1.1" and the server picked HTTP/1.1: inspected over HTTP/1.1 instead.
export default defineRule({
  meta: {
    id: 'http2/not-negotiated',
    category: 'http2',
    severity: 'info',
    title: 'the server did not negotiate HTTP/2',
    ref: { label: 'RFC 9113 §3.2', url: 'https://www.rfc-editor.org/rfc/rfc9113#section-3.2' },
    why: 'Offered h2 in ALPN, the server chose HTTP/1.1 (or no ALPN at all), so clients get HTTP/1.1 and its head-of-line blocking; the response was inspected over HTTP/1.1.',
    fix: 'If HTTP/2 is wanted, enable it on the TLS listener (nginx `http2 on;`, a load balancer\'s HTTP/2 setting) and make sure h2 is in its ALPN list.',
  },
  check(exchange) {
    if (exchange.protocolRequested !== 'h2' || (exchange.protocol ?? 'http/1.1') !== 'http/1.1' || !exchange.tls) return [];
    const alpn = exchange.tls.alpn;
    return [
      {
        message: alpn ? `ALPN offered "h2, http/1.1"; the server chose ${alpn}` : 'ALPN offered "h2, http/1.1"; the server chose none (HTTP/1.1)',
        evidence: `TLS ${exchange.tls.protocol ?? ''} ALPN ${alpn ?? 'none'}`,
        location: { part: 'tls' as const },
      },
    ];
  },
});
