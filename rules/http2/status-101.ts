import { defineRule } from '../../src/engine/rule';
import { RFC9113, fieldFinding, streamBlocks } from './_h2';

// HTTP/2 has no Upgrade mechanism: 101 Switching Protocols is not allowed (§8.6).
export default defineRule({
  meta: {
    id: 'http2/status-101',
    category: 'http2',
    severity: 'error',
    title: '101 Switching Protocols over HTTP/2',
    ref: RFC9113('8.6'),
    why: 'HTTP/2 removed the Upgrade mechanism; a client must treat a 101 response as malformed. WebSockets over HTTP/2 use extended CONNECT (RFC 8441) and a 200, never 101.',
    fix: 'Answer upgrade attempts over HTTP/2 with an error (or support RFC 8441 extended CONNECT); send 101 only on HTTP/1.1 connections.',
  },
  check(exchange) {
    return streamBlocks(exchange).flatMap((block) =>
      block.fields.filter((f) => f.name === ':status' && f.value === '101').map((f) => fieldFinding('the server answered 101 Switching Protocols over HTTP/2', f, block)),
    );
  },
});
