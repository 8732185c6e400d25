// What `httpinspect explain headers/missing-date` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 2xx, 3xx or 4xx response without a Date header (origin servers with a clock must send it; 1xx and 5xx are exempt).',
  breaks: [
    {
      client: 'caches and CDNs',
      effect: 'substitute the time of receipt, so responses relayed through a proxy look younger than they are.',
    },
  ],
  fixes: {
    express: 'Node adds Date by default; it is missing when `res.sendDate = false` or a proxy strips it.',
    fastify: 'Same as Express (Node adds Date unless `sendDate` is disabled).',
    django: 'The WSGI/ASGI server adds Date (gunicorn, uvicorn do); check custom servers and proxies.',
    fastapi: 'Uvicorn adds Date unless started with `--no-date-header`.',
    spring: 'Tomcat/Jetty/Netty add Date; check proxies and serverless adapters.',
    go: 'net/http adds Date unless the handler sets `w.Header()["Date"] = nil`.',
  },
  related: ['headers/invalid-date'],
});
