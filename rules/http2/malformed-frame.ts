import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/malformed-frame',
    category: 'http2',
    severity: 'error',
    title: 'malformed frame',
    ref: RFC9113('4.2'),
    why: 'A client must treat a frame with a wrong length for its type, a frame over SETTINGS_MAX_FRAME_SIZE, bad padding or a frame on the wrong stream as a connection error: nghttp2 (curl, Node) and Go close the connection with PROTOCOL_ERROR or FRAME_SIZE_ERROR, and every request on it fails.',
    fix: "Fix the HTTP/2 implementation or the proxy that builds frames by hand: frame sizes per type (RFC 9113 §6), padding shorter than the payload, stream ids the client opened, and no frame larger than the peer's SETTINGS_MAX_FRAME_SIZE.",
  },
  check(exchange) {
    return problemFindings(exchange, 'malformed-frame');
  },
});
