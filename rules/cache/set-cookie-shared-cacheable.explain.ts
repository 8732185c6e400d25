// What `httpinspect explain cache/set-cookie-shared-cacheable` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a response carries Set-Cookie and Cache-Control says `public` or a positive `s-maxage`, with no `private`, `no-store`, `no-cache`, `private="Set-Cookie"` or `no-cache="Set-Cookie"` to keep the cookie out of shared copies.',
  breaks: [
    { client: 'CDNs and shared proxies', effect: 'store the Set-Cookie with the response and send it to later visitors: session fixation or one user logged in as another.' },
  ],
  fixes: {
    express: 'With express-session, do not mark session pages `public`: `res.set("Cache-Control", "private, no-cache")` when `req.session` is touched; serve static assets from a cookie-free route.',
    fastify: 'Set `Cache-Control: private` on routes that call `reply.setCookie`; keep @fastify/static routes free of cookies.',
    django: 'Django\'s SessionMiddleware adds `Vary: Cookie`, but `@cache_control(public=True)` on a view that sets cookies still exposes them: use `@cache_control(private=True)` there.',
    fastapi: 'Set `Cache-Control: private` on responses that call `response.set_cookie(...)`.',
    spring: 'Spring Security\'s default `no-cache, no-store` avoids this; if you relax it for a path, do not set cookies there (`server.servlet.session.tracking-modes`, stateless APIs).',
    go: 'Write `Cache-Control: private` on handlers that call `http.SetCookie`; put cached assets behind a handler that never sets cookies.',
  },
  related: ['cache/conflicting-directives', 'cache/missing-cache-control'],
});
