import { defineRule } from '../../src/engine/rule';
import { RFC9113 } from './_h2';

// RST_STREAM before the response completed loses it; RST_STREAM(NO_ERROR) after a complete response is
// how a server tells the client to stop sending the request body, and is fine (§8.1).
export default defineRule({
  meta: {
    id: 'http2/stream-reset',
    category: 'http2',
    severity: 'error',
    title: 'the server reset the stream before the response was complete',
    ref: RFC9113('8.1'),
    why: 'RST_STREAM ends the stream at once: whatever part of the response had not arrived is lost and clients report an error (curl 92 "stream was not closed cleanly", Node ERR_HTTP2_STREAM_ERROR, a failed fetch).',
    fix: 'Finish the response with END_STREAM before resetting; look for handler crashes, upstream timeouts or body-size limits in the server or proxy that reset streams.',
  },
  check(exchange) {
    return (exchange.h2?.errors ?? [])
      .filter((e) => e.type === 'RST_STREAM' && e.streamId === 1 && !e.afterComplete)
      .map((e) => ({
        message: `the server reset stream 1 with ${e.codeName} before the response was complete`,
        evidence: `RST_STREAM frame at byte ${e.offset}, error code ${e.code} (${e.codeName})`,
        location: { part: 'connection' as const, offset: e.offset },
      }));
  },
});
