// What `httpinspect explain headers/large-field-value` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "Fires (warning) on each response field whose value is longer than 8 KiB (8192 bytes), naming the field and its size. Below httpinspect's own read limit (--max-header-size).",
  breaks: [
    { client: "nginx as a reverse proxy", effect: "answers 502 \"upstream sent too big header\" when a response head exceeds proxy_buffer_size (4–8 KiB)." },
    { client: "CDNs and load balancers", effect: "reject or truncate oversized fields, so the response fails only behind them." },
  ],
  fixes: {
    express: "Find what writes the field (often `res.cookie` with a large session or a CSP built from many hashes) and keep session data server-side (`express-session` with a store).",
    fastify: "Use `@fastify/session` with a store instead of `@fastify/secure-session` for large state; shorten CSP via `@fastify/helmet` directives.",
    django: "Use the database or cache session backend rather than `signed_cookies`; trim CSP/Link values.",
    fastapi: "Keep session state server-side (Redis) instead of Starlette's cookie-based `SessionMiddleware` for large payloads.",
    spring: "Keep state in `HttpSession` (Spring Session) rather than cookies; check filters that add large debug headers.",
    go: "Store large state server-side and set a small cookie ID; avoid `w.Header().Set` with serialized blobs.",
  },
  related: ["headers/large-header-section", "framing/header-section-too-large"],
});
