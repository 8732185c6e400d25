import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/frame-after-end-stream',
    category: 'http2',
    severity: 'error',
    title: 'frame after END_STREAM',
    ref: RFC9113('5.1'),
    why: 'After END_STREAM the stream is half-closed (remote): more DATA or HEADERS is a STREAM_CLOSED error. Strict clients reset the stream and report an error for a response that had looked complete; lenient ones silently drop the bytes, so what the server meant to send is lost.',
    fix: 'End the stream once: set END_STREAM on the last frame you send (the HEADERS of a bodiless response, the last DATA or the trailers) and send nothing on that stream afterwards.',
  },
  check(exchange) {
    return problemFindings(exchange, 'frame-after-end-stream');
  },
});
