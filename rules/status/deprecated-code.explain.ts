// What `httpinspect explain status/deprecated-code` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on 305 Use Proxy (warning) and 510 Not Extended (info). Reserved codes such as 306 and 418 are reported by status/unregistered-code instead, so no code is reported twice.',
  breaks: [
    { client: 'browsers', effect: 'ignore 305 and show it as an unhandled redirect-class response.' },
    { client: 'HTTP clients', effect: 'treat 510 as a generic server error.' },
  ],
  fixes: {
    express: 'Replace `res.status(305)` with proxy configuration on the client side; use 501 or 400 for 510 cases.',
    fastify: 'Same as Express: no 305; reply 501/400 with a problem body instead of 510.',
    django: 'Return 400 or 501 (`HttpResponse(status=501)`) instead of 510; do not emit 305.',
    fastapi: 'Raise `HTTPException(501)` or 400 instead of 510; no 305.',
    spring: '`HttpStatus.USE_PROXY` is deprecated in Spring: remove it; map 510 cases to `NOT_IMPLEMENTED`.',
    go: 'Avoid `http.StatusUseProxy`; use `http.StatusNotImplemented` rather than `http.StatusNotExtended`.',
  },
  related: ['305', '510', 'status/unregistered-code'],
});
