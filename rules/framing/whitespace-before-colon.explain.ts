// What `httpinspect explain framing/whitespace-before-colon` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when whitespace separates a header field name from its colon (`Content-Length : 5`).',
  breaks: [
    { client: 'Node/undici and strict proxies', effect: 'reject the response.' },
    {
      client: 'lenient clients',
      effect: 'disagree on whether the header is the one it looks like (a known response smuggling vector).',
    },
  ],
  fixes: {
    express: 'Node\'s http module writes the status line and headers itself and rejects invalid header names/values (ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR) with "Name: value"; such lines come from a proxy or raw socket writes.',
    fastify: 'Same as Express (Node http).',
    django: 'The server writes header lines; check proxies and custom servers.',
    fastapi: 'Uvicorn writes header lines; check proxies and custom servers.',
    spring: 'The container writes header lines; check proxies.',
    go: 'net/http writes header lines; check hijacked connections.',
  },
  related: ['framing/invalid-header-line'],
});
