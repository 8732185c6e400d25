// Shared by the http2 explanations (not an explanation itself): frame-level defects come from the HTTP/2
// implementation or a proxy, not from application code, so their fixes name each framework's HTTP/2 stack.
import type { Framework } from '../../src/engine/explanation';

const STACKS: Record<Framework, string> = {
  express: "Node's http2 module (or the proxy in front of Express)",
  fastify: "Fastify's `http2: true` server (Node's http2 module) or the proxy in front",
  django: 'the ASGI server (Hypercorn, Daphne) or the proxy that speaks HTTP/2 for Django',
  fastapi: 'the ASGI server (Hypercorn) or the proxy that speaks HTTP/2 for FastAPI',
  spring: 'the embedded server (Tomcat, Jetty, Undertow or Netty with `server.http2.enabled=true`) or the proxy in front',
  go: "net/http's HTTP/2 server (golang.org/x/net/http2) or a hand-written framer",
};

/** Frame-level defects come from the HTTP/2 implementation, not from application code. */
export function frameFixes(what: string): Record<Framework, string> {
  const out = {} as Record<Framework, string>;
  for (const [fw, stack] of Object.entries(STACKS) as Array<[Framework, string]>) {
    out[fw] = `Application code cannot cause ${what}: it comes from ${stack}. Upgrade it, or find the proxy or load balancer that rewrites frames (compare with \`httpinspect --http2\` against the app directly).`;
  }
  return out;
}

export const NODE_HEADERS = 'Node validates names and values when you call `res.setHeader`, so a bad field on the wire comes from a proxy or from `stream.respond()` with raw pairs';
