// What `httpinspect explain framing/obs-fold` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when a header line starts with a space or tab, continuing the previous header (obsolete line folding).',
  breaks: [
    { client: 'Node/undici', effect: 'reject the response.' },
    {
      client: 'browsers and proxies',
      effect: 'disagree on whether the continuation joins the previous header or starts a new one, making the value ambiguous.',
    },
  ],
  fixes: {
    express: 'Node\'s http module writes the status line and headers itself and rejects invalid header names/values (ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR), so a newline inside `res.set()` throws; folded lines come from a proxy or hand-written output.',
    fastify: 'Same as Express (Node http).',
    django: 'Django rejects newlines in header values (`BadHeaderError`); check proxies or legacy servers in front.',
    fastapi: 'Strip newlines from values before setting headers; check proxies.',
    spring: 'Join multi-line values (e.g. PEM certificates, long CSPs) into one line before `setHeader`; check proxies.',
    go: 'net/http replaces newlines in values with spaces; folded lines come from hijacked connections or proxies.',
  },
  related: ['framing/invalid-header-line', 'framing/bare-lf'],
});
