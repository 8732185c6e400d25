// What `httpinspect explain status/411-with-content-length` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 411 when the request carried a Content-Length header (chunked requests without one may rightly get 411). Not evaluated for a raw response without its saved request.',
  breaks: [{ client: 'HTTP clients', effect: 'cannot satisfy the demand; the request fails with a misleading error or is retried unchanged.' }],
  fixes: {
    express: 'Node parses Content-Length itself; do not answer 411 from handlers when `req.headers["content-length"]` is set (including "0").',
    fastify: 'Fastify reads Content-Length; use 400/413 for body problems instead of 411.',
    django: 'Django reads `CONTENT_LENGTH`; check the WSGI server or proxy in front if 411s appear for requests that had it.',
    fastapi: 'Uvicorn reads Content-Length; a 411 usually comes from a proxy (e.g. an nginx or AWS front end stripping it).',
    spring: 'Tomcat/Jetty accept Content-Length: 0; check filters that reject empty POST bodies with 411 and use 400 instead.',
    go: 'net/http reads Content-Length; check a reverse proxy that removes it (`httputil.ReverseProxy` keeps it).',
  },
  related: ['411', 'status/413-without-content'],
});
