// What `httpinspect explain framing/framing-header-on-1xx` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when an interim (1xx) response carries Content-Length or Transfer-Encoding.',
  breaks: [
    {
      client: 'clients and proxies that believe the header',
      effect: 'read the final response (or the upgraded protocol after 101) as the 1xx body and lose it.',
    },
    { client: 'strict clients', effect: 'reject the exchange.' },
  ],
  fixes: {
    express: 'Node writes 100 Continue and 103 Early Hints (`res.writeEarlyHints`) without framing headers; avoid writing 1xx responses by hand on the socket.',
    fastify: 'Same as Express (Node http).',
    django: 'Django does not send 1xx responses; the server or proxy in front does.',
    fastapi: 'Uvicorn sends 100 Continue itself; 101 for WebSockets is produced by the server. Check proxies.',
    spring: 'The servlet container produces 1xx responses; check a proxy in front.',
    go: 'net/http sends 100 Continue automatically; for 103 use `w.WriteHeader(http.StatusEarlyHints)` after setting only Link headers.',
  },
  related: ['framing/unexpected-1xx', '100', '103'],
});
