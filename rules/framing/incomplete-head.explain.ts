// What `httpinspect explain framing/incomplete-head` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when the connection ends before the blank line that ends the header section (including an empty reply).',
  breaks: [
    { client: 'curl', effect: 'reports "Empty reply from server" (exit 52) or a transfer error.' },
    {
      client: 'fetch / undici / axios',
      effect: 'reject with "socket hang up" / "other side closed"; browsers show ERR_EMPTY_RESPONSE.',
    },
  ],
  fixes: {
    express: 'Look for crashes (unhandled exceptions that kill the process), `req.socket.destroy()` calls, and server timeouts (`server.headersTimeout`, `server.requestTimeout`).',
    fastify: 'Look for crashes, `connectionTimeout`/`requestTimeout` settings, and hooks that destroy the socket.',
    django: 'Look for worker timeouts and kills (gunicorn `--timeout`, OOM killer) that end connections mid-response.',
    fastapi: 'Look for worker restarts, `--timeout-keep-alive` mismatches with the proxy, and crashes in middleware.',
    spring: 'Look for container or proxy idle timeouts and exceptions after the response was committed.',
    go: 'Look for panics (net/http recovers per request but closes the connection), `WriteTimeout` expiring, and hijacked connections closed early.',
  },
  related: ['framing/content-length-mismatch', 'framing/header-section-too-large', '502'],
});
