import { defineRule } from '../../src/engine/rule';
import { RFC9113, problemFindings } from './_h2';

// Frame-level: the session saw it while reading (src/http2/session.ts, controlFrames.ts); this rule reports it.
export default defineRule({
  meta: {
    id: 'http2/push-when-disabled',
    category: 'http2',
    severity: 'error',
    title: 'server push after the client disabled it',
    ref: RFC9113('8.4'),
    why: 'The client sent SETTINGS_ENABLE_PUSH = 0; a PUSH_PROMISE after that is a connection error (PROTOCOL_ERROR): curl and Node close the connection, failing the request.',
    fix: 'Do not push: server push is deprecated in browsers and must never be sent to a client that disabled it. Turn off http2_push / H2Push and remove Link: rel=preload push triggers.',
  },
  check(exchange) {
    return problemFindings(exchange, 'push-when-disabled');
  },
});
