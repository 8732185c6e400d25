import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/frame-flood',
    category: 'http2',
    severity: 'error',
    title: 'frame flood',
    ref: RFC9113('10.5'),
    why: 'Endless control frames (SETTINGS, PING, empty DATA, unknown types) or a header block spread over many CONTINUATION frames is the pattern of denial-of-service attacks (CVE-2019-9512/9515/9518, CVE-2023-45288, CVE-2024-27983): clients and proxies cut the connection with ENHANCE_YOUR_CALM.',
    fix: 'Send few control frames and whole header blocks: one HEADERS frame (CONTINUATION only when the block exceeds SETTINGS_MAX_FRAME_SIZE), no empty DATA frames except the one ending a stream.',
  },
  check(exchange) {
    return problemFindings(exchange, 'frame-flood');
  },
});
