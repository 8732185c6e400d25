// What `httpinspect explain status/417-without-expect` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 417 when the request had no Expect header. Not evaluated for a raw response without its saved request.',
  breaks: [{ client: 'clients that recover from 417 by resending without Expect', effect: 'have nothing to change; the request fails with a misleading error.' }],
  fixes: {
    express: 'Node answers `Expect` itself (`checkExpectation` event); do not send 417 from route handlers for other errors.',
    fastify: 'Use 400/409/422 for application failures; 417 only in a `checkExpectation` handler.',
    django: 'Return 400/409/422 for validation failures, not 417.',
    fastapi: 'Raise `HTTPException(422)` or 400, not 417, for failed checks.',
    spring: 'Map application exceptions to 400/409/422 (`@ResponseStatus`), never EXPECTATION_FAILED unless Expect was present.',
    go: 'net/http handles `Expect: 100-continue`; handlers should not write 417 for other errors.',
  },
  related: ['417', 'framing/unexpected-1xx'],
});
