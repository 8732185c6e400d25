// What `httpinspect explain framing/body-on-head` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when bytes follow the header section of a response to a HEAD request. Content-Length and Transfer-Encoding on a HEAD response are fine (they describe what GET would return); only actual bytes count.',
  breaks: [
    {
      client: 'keep-alive clients, proxies and load balancers',
      effect: 'never read a HEAD body, so the bytes become the start of the next response (desynchronisation).',
    },
    {
      client: 'link checkers and monitors that use HEAD',
      effect: 'get corrupted follow-up requests or connection errors, and waste the bandwidth HEAD was meant to save.',
    },
  ],
  fixes: {
    express: 'Express routes HEAD to your GET handler and Node discards the body for HEAD; bytes on the wire mean look for code that writes to the socket directly (`res.socket.write`, a hand-written `net` server) or a proxy/adapter in front. For explicit `app.head()` handlers, set headers and call `res.end()`.',
    fastify: 'Fastify creates HEAD routes from GET routes (`exposeHeadRoutes`, on by default) and sends no body; check custom `reply.hijack()` code or a proxy.',
    django: 'Django runs the GET view for HEAD and relies on the WSGI/ASGI server (gunicorn, uWSGI, uvicorn) to drop the body; bytes on the wire point at that server, custom middleware, or a proxy. An explicit check `if request.method == "HEAD": return HttpResponse(headers=...)` avoids rendering the body at all.',
    fastapi: 'FastAPI `@app.get` routes do not answer HEAD (405); add `@app.head()` returning `Response(headers=...)` with no content, or `@app.api_route(..., methods=["GET", "HEAD"])` and rely on Uvicorn to drop the body for HEAD.',
    spring: 'Spring MVC handles HEAD for GET mappings and discards the body (it wraps the response); check filters that write to the raw output stream.',
    go: 'net/http discards body writes for HEAD (Write returns `http.ErrBodyNotAllowed`); bytes on the wire come from a hijacked connection or a proxy.',
  },
  related: ['framing/body-on-204', 'framing/body-on-304'],
});
