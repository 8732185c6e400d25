import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/not-http2',
    category: 'http2',
    severity: 'error',
    title: 'not HTTP/2 after agreeing on it',
    ref: RFC9113('3.4'),
    why: 'The client was told (ALPN h2 or prior knowledge) that this connection speaks HTTP/2, but the server answered in HTTP/1.x or with bytes that are not frames: every HTTP/2 client fails with a protocol error.',
    fix: 'Advertise h2 in ALPN only on listeners that really speak HTTP/2, and answer h2c prior-knowledge connections with frames (or close them) instead of an HTTP/1.1 400.',
  },
  check(exchange) {
    return problemFindings(exchange, 'not-http2');
  },
});
