import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/flow-control-violation',
    category: 'http2',
    severity: 'error',
    title: 'flow-control violation',
    ref: RFC9113('6.9'),
    why: 'DATA beyond the window the client granted, a WINDOW_UPDATE of 0 or one that overflows 2^31-1 are flow-control errors: clients reset the stream or close the connection (FLOW_CONTROL_ERROR) and the body is lost.',
    fix: "Respect the client's SETTINGS_INITIAL_WINDOW_SIZE and WINDOW_UPDATE credit per stream and per connection; never send a WINDOW_UPDATE with a zero increment.",
  },
  check(exchange) {
    return problemFindings(exchange, 'flow-control-violation');
  },
});
