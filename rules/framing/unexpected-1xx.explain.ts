// What `httpinspect explain framing/unexpected-1xx` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 100 Continue the request did not ask for (no `Expect: 100-continue`) or a 101 Switching Protocols without an Upgrade request.',
  breaks: [
    {
      client: 'clients that do not expect interim responses',
      effect: 'take the 100 as the final response, or after an unrequested 101 cannot speak the protocol the server switched to.',
    },
  ],
  fixes: {
    express: 'Do not call `res.writeContinue()` unless `req.headers.expect` is `100-continue` (Node does this itself in the checkContinue handling).',
    fastify: 'Same as Express (Node http).',
    django: 'Django never sends 1xx; check the server or proxy.',
    fastapi: 'Uvicorn sends 100 only on `Expect: 100-continue`; check proxies.',
    spring: 'The container handles Expect; check proxies.',
    go: 'net/http sends 100 Continue only when the handler reads the body of an `Expect: 100-continue` request; do not write 1xx yourself.',
  },
  related: ['100', '101', 'framing/framing-header-on-1xx'],
});
