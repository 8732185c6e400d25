// What `httpinspect explain http2/protocol-mismatch` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'With --compare-protocols (GET, HEAD and OPTIONS only), the same request goes over HTTP/1.1 and then HTTP/2. Fires when the status, a header field (names compared case-insensitively; connection-specific fields, Date, Age, Expires, Set-Cookie, Alt-Svc, Content-Length and request-id style fields ignored) or the content differs.',
  breaks: [
    { client: 'browsers (HTTP/2) versus curl scripts and health checks (often HTTP/1.1)', effect: 'see different responses, so a bug appears only for some clients and monitoring misses it.' },
    { client: 'caches and CDNs', effect: 'may store one protocol\'s variant and serve it to the other.' },
  ],
  fixes: {
    express: 'Express answers both protocols the same; look at the proxy in front (nginx `listen … http2` on one server block only, a CDN rule per protocol).',
    fastify: 'With `http2: true, https: { allowHTTP1: true }` both go through the same routes; a difference comes from a hook checking `request.raw.httpVersion` or from the proxy.',
    django: 'Look for middleware branching on `request.META["SERVER_PROTOCOL"]` and for proxy rules that differ per listener.',
    fastapi: 'Look for code branching on `request.scope["http_version"]` and for proxy rules that differ per listener.',
    spring: 'Look for filters checking `request.getProtocol()` and for connector-specific configuration (an HTTP/2 connector with other valves).',
    go: 'Look for handlers checking `r.ProtoMajor` and for a proxy that routes HTTP/2 to another backend.',
  },
  related: ['http2/not-negotiated', 'http2/connection-specific-header'],
});
