// What `httpinspect explain framing/header-section-too-large` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when the response head (status line plus headers) exceeds --max-header-size (64 KiB by default) before the blank line arrives.',
  breaks: [
    {
      client: 'Node',
      effect: 'rejects heads over 16 KiB by default ("Header overflow", HPE_HEADER_OVERFLOW).',
    },
    {
      client: 'nginx and other proxies',
      effect: 'answer 502 when the upstream head exceeds proxy_buffer_size (4–8 KiB by default).',
    },
  ],
  fixes: {
    express: 'Find the big headers (cookies, CSP, debug headers): keep cookies small, move data to the body, and avoid headers that grow per request.',
    fastify: 'Same as Express: shrink cookies and custom headers.',
    django: 'Check `SESSION_ENGINE` (signed-cookie sessions grow), messages stored in cookies, and large CSP headers.',
    fastapi: 'Check large cookies and headers set by middleware; move data to the body.',
    spring: 'Check Spring Session cookies and large security headers; Tomcat also limits response heads (`maxHttpResponseHeaderSize`).',
    go: 'Check cookies and headers added per request; Go clients limit response heads with `Transport.MaxResponseHeaderBytes` (10 MiB by default).',
  },
  related: ['431', 'framing/incomplete-head'],
});
