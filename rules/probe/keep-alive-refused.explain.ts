// What `httpinspect explain probe/keep-alive-refused` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe reuse`: reports (info) that the server said Connection: close, or closed the connection, after a response to a request that asked to keep it open.",
  breaks: [
    { client: "browsers and API clients", effect: "pay a new TCP (and TLS) handshake for every request." },
  ],
  fixes: {
    express: "Node keeps connections alive by default (`server.keepAliveTimeout`, 5 s); check that nothing sets `Connection: close`.",
    fastify: "Fastify keeps connections alive (`keepAliveTimeout` option); do not set Connection: close in hooks.",
    django: "The dev server closes after each response; run behind gunicorn/uvicorn with keep-alive (`--keep-alive`).",
    fastapi: "uvicorn keeps connections alive (`--timeout-keep-alive`); check the proxy in front.",
    spring: "Tomcat keeps connections alive (`server.tomcat.keep-alive-timeout`, `max-keep-alive-requests`).",
    go: "net/http keeps connections alive unless `srv.SetKeepAlivesEnabled(false)` or a handler sets `Connection: close`.",
  },
  related: ["framing/connection-close-ignored"],
});
