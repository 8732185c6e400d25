import { defineRule } from '../../src/engine/rule';
import { RFC9113 } from './_h2';

// GOAWAY(NO_ERROR) is a normal shutdown and silent. An error code before the response completed is an error;
// after it, information (the response arrived, but the connection ended badly).
export default defineRule({
  meta: {
    id: 'http2/goaway-error',
    category: 'http2',
    severity: 'error',
    title: 'the server closed the connection with an error code (GOAWAY)',
    ref: RFC9113('6.8'),
    why: 'GOAWAY with an error code means the server saw a connection error: requests in flight fail (curl: "HTTP/2 stream was not closed cleanly", Node: ERR_HTTP2_SESSION_ERROR) and clients must open a new connection.',
    fix: 'Read the GOAWAY error code and debug data (in the evidence) to find which frame the server objected to; a PROTOCOL_ERROR often points at a proxy mishandling frames.',
  },
  check(exchange) {
    return (exchange.h2?.errors ?? [])
      .filter((e) => e.type === 'GOAWAY' && e.code !== 0)
      .map((e) => ({
        message: `GOAWAY with ${e.codeName}${e.afterComplete ? ' after the response was complete' : ' before the response was complete'}`,
        evidence: `GOAWAY frame at byte ${e.offset}, last stream ${e.lastStreamId ?? '?'}, error code ${e.code} (${e.codeName})${e.debug ? `, debug data "${e.debug}"` : ''}`,
        location: { part: 'connection' as const, offset: e.offset },
        ...(e.afterComplete ? { severity: 'info' as const } : {}),
      }));
  },
});
