// What `httpinspect explain cors/missing-allow-origin` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a response to a cross-origin request (one with Origin) has no Access-Control-Allow-Origin.',
  breaks: [
    {
      client: 'browsers',
      effect: 'hide the whole response from the page ("No \'Access-Control-Allow-Origin\' header is present"); error responses without the header hide the real status too.',
    },
  ],
  fixes: {
    express: 'Register `app.use(cors({ origin: allowList }))` before routes and error handlers, so 4xx/5xx carry it too.',
    fastify: 'Register @fastify/cors before routes; it also decorates error replies.',
    django: 'Put `corsheaders.middleware.CorsMiddleware` as high as possible in MIDDLEWARE, above CommonMiddleware.',
    fastapi: 'Add `CORSMiddleware`; note that responses from unhandled exceptions (500) bypass it, so handle exceptions.',
    spring: 'Configure CORS in Spring Security (`http.cors()`) as well as MVC, otherwise 401/403 from the security chain lack the header.',
    go: 'Wrap the whole mux with the CORS handler (rs/cors `c.Handler(mux)`), not single routes.',
  },
  related: ['cors/origin-not-allowed', 'cors/preflight-missing-allow-origin'],
});
