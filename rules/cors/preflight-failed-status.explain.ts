// What `httpinspect explain cors/preflight-failed-status` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a CORS preflight (OPTIONS with Origin and Access-Control-Request-Method) is answered with a non-2xx status.',
  breaks: [
    {
      client: 'browsers',
      effect: 'fail the preflight and never send the actual request ("Response to preflight request doesn\'t pass access control check: It does not have HTTP ok status").',
    },
  ],
  fixes: {
    express: 'Mount `cors()` before authentication and routers (and `app.options("*", cors())` for routes without it) so OPTIONS gets 204.',
    fastify: 'Register @fastify/cors before auth hooks; skip authentication for OPTIONS in onRequest hooks.',
    django: 'django-cors-headers answers preflights in its middleware; keep it above auth/CSRF middleware.',
    fastapi: 'Add `CORSMiddleware` (it answers preflights) instead of OPTIONS routes; dependencies requiring auth must not run for OPTIONS.',
    spring: 'Enable `http.cors()` in Spring Security so preflights are not rejected with 401/403.',
    go: 'Handle OPTIONS in the CORS middleware before the router (rs/cors does), not in handlers that require auth.',
  },
  related: ['405', 'cors/preflight-missing-allow-origin', 'cors/method-not-allowed'],
});
