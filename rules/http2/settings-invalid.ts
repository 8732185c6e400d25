import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/settings-invalid',
    category: 'http2',
    severity: 'error',
    title: 'invalid SETTINGS',
    ref: RFC9113('6.5.2'),
    why: 'Out-of-range SETTINGS values and a connection preface that does not start with SETTINGS are connection errors: clients close the connection (PROTOCOL_ERROR or FLOW_CONTROL_ERROR) before any response is read.',
    fix: 'Send SETTINGS as the first frame and keep each value in range: ENABLE_PUSH absent or 0 from a server, INITIAL_WINDOW_SIZE ≤ 2^31-1, MAX_FRAME_SIZE between 16384 and 16777215.',
  },
  check(exchange) {
    return problemFindings(exchange, 'settings-invalid');
  },
});
