// Explain entries for the http2 rules: frames, pseudo-headers and field rules of RFC 9113 / RFC 7541.
import type { Framework, RuleKnowledge } from '../types';

const STACKS: Record<Framework, string> = {
  express: "Node's http2 module (or the proxy in front of Express)",
  fastify: "Fastify's `http2: true` server (Node's http2 module) or the proxy in front",
  django: 'the ASGI server (Hypercorn, Daphne) or the proxy that speaks HTTP/2 for Django',
  fastapi: 'the ASGI server (Hypercorn) or the proxy that speaks HTTP/2 for FastAPI',
  spring: 'the embedded server (Tomcat, Jetty, Undertow or Netty with `server.http2.enabled=true`) or the proxy in front',
  go: "net/http's HTTP/2 server (golang.org/x/net/http2) or a hand-written framer",
};

/** Frame-level defects come from the HTTP/2 implementation, not from application code. */
function frameFixes(what: string): Record<Framework, string> {
  const out = {} as Record<Framework, string>;
  for (const [fw, stack] of Object.entries(STACKS) as Array<[Framework, string]>) {
    out[fw] = `Application code cannot cause ${what}: it comes from ${stack}. Upgrade it, or find the proxy or load balancer that rewrites frames (compare with \`httpinspect --http2\` against the app directly).`;
  }
  return out;
}

const NODE_HEADERS = 'Node validates names and values when you call `res.setHeader`, so a bad field on the wire comes from a proxy or from `stream.respond()` with raw pairs';

export const http2Knowledge: Record<string, RuleKnowledge> = {
  'http2/connection-specific-header': {
    checks: 'Fires for a Connection, Keep-Alive, Proxy-Connection, Transfer-Encoding or Upgrade field in any header block of the response on HTTP/2 (interim, final, trailers). Names that merely contain those words (x-connection) do not fire.',
    breaks: [
      { client: 'curl (nghttp2)', effect: 'fails with error 92 "HTTP/2 stream was not closed cleanly: PROTOCOL_ERROR" and shows no response.' },
      { client: 'Node (node:http2, undici allowH2)', effect: 'ERR_HTTP2_STREAM_ERROR: status and headers are lost.' },
      { client: 'browsers', effect: 'net::ERR_HTTP2_PROTOCOL_ERROR: the page or fetch fails.' },
    ],
    fixes: {
      express: "Remove `res.set('Connection', …)` / `res.set('Transfer-Encoding', …)`; Node's http2 compatibility layer strips them, so on the wire they come from a proxy rule such as nginx `add_header Connection \"close\"`: delete it.",
      fastify: "Remove `reply.header('connection', …)`; with `http2: true` Fastify refuses them, so look for a proxy adding them (nginx `add_header`, Envoy `response_headers_to_add`).",
      django: 'Do not set `response["Connection"]` or `Transfer-Encoding` in views or middleware; the ASGI server handles connections. Check nginx `add_header` lines in front.',
      fastapi: 'Remove `response.headers["connection"]` / `transfer-encoding` set in routes or middleware; Hypercorn/uvicorn manage connections. Check the proxy\'s added headers.',
      spring: 'Do not add `Connection` or `Transfer-Encoding` with `HttpServletResponse.setHeader` or `ResponseEntity.header`; Tomcat manages them. Check filters and the proxy.',
      go: 'Do not set `w.Header().Set("Connection", …)`: net/http drops it on HTTP/2, so a value on the wire comes from a proxy or a custom framer.',
    },
    related: ['http2/uppercase-header-name', 'framing/content-length-with-transfer-encoding'],
  },
  'http2/uppercase-header-name': {
    checks: 'Fires for any field name (regular or pseudo) containing A–Z in an HTTP/2 header block. HTTP/1.1 names are case-insensitive, but HTTP/2 requires lowercase on the wire; the same name in lowercase does not fire.',
    breaks: [
      { client: 'node:http2 / undici', effect: 'reject the response: status and headers are lost.' },
      { client: 'curl', effect: 'fails the transfer with a protocol error.' },
    ],
    fixes: {
      express: `${NODE_HEADERS}; a proxy that forwards HTTP/1.1 names unchanged to HTTP/2 must lowercase them.`,
      fastify: 'Fastify lowercases names on HTTP/2; uppercase on the wire means a proxy or a raw `reply.raw.stream.respond()` call with mixed-case keys.',
      django: 'The ASGI server must lowercase names it encodes; with Hypercorn that is automatic, so look at the proxy in front.',
      fastapi: 'Starlette header names are lowercased bytes; an uppercase name on the wire comes from the ASGI server or proxy.',
      spring: 'Tomcat/Jetty lowercase names for HTTP/2; check a custom filter writing raw frames or the proxy.',
      go: 'net/http lowercases names for HTTP/2 (it canonicalizes for HTTP/1.1 only); check a hand-written framer or proxy.',
    },
    related: ['http2/invalid-header-name'],
  },
  'http2/invalid-header-name': {
    checks: 'Fires for a regular field name that is empty or contains a character outside the token set (space, colon, control character, non-ASCII). Uppercase letters are left to http2/uppercase-header-name, pseudo-headers to http2/invalid-pseudo-header.',
    breaks: [
      { client: 'node:http2', effect: 'drops the field silently, so the application never sees it.' },
      { client: 'curl and browsers', effect: 'reject the response as malformed.' },
    ],
    fixes: {
      express: `${NODE_HEADERS}.`,
      fastify: 'Validate header names built from configuration or input before `reply.header()`; check the proxy too.',
      django: 'Use only token characters in `response[...]` keys; names built from data (user ids, file names) need sanitizing.',
      fastapi: 'Use only token characters in `response.headers[...]` keys; check middleware that copies upstream headers.',
      spring: 'Validate names passed to `setHeader`; a proxy copying backend headers may forward invalid names.',
      go: 'net/http refuses invalid names (`httpguts.ValidHeaderFieldName`); a bad name on the wire comes from a proxy or framer.',
    },
    related: ['http2/uppercase-header-name', 'framing/invalid-header-line'],
  },
  'http2/invalid-header-value': {
    checks: 'Fires for a value containing NUL, CR or LF, or starting or ending with a space or tab (RFC 9113 §8.2.1). Inner spaces are fine; the HTTP/1.1 equivalent is framing/invalid-header-line.',
    breaks: [
      { client: 'node:http2', effect: 'silently drops the field.' },
      { client: 'an HTTP/1.1 hop behind a proxy', effect: 'CR/LF in a value becomes response splitting.' },
    ],
    fixes: {
      express: `${NODE_HEADERS}; trim values built from data.`,
      fastify: 'Trim and validate values passed to `reply.header()` (redirect targets, file names, user data).',
      django: 'Strip whitespace and reject control characters in values set on `HttpResponse`; Django rejects CR/LF itself, so look at the server or proxy for the rest.',
      fastapi: 'Strip values set on `response.headers`; Starlette does not trim, so " value" goes on the wire as is.',
      spring: 'Trim values passed to `setHeader`/`ResponseEntity.header`; Tomcat does not trim for you.',
      go: 'Trim values passed to `w.Header().Set`; net/http refuses CR/LF but sends surrounding whitespace.',
    },
    related: ['http2/invalid-header-name', 'framing/invalid-header-line'],
  },
  'http2/missing-status': {
    checks: 'Fires when the response header block on stream 1 has no :status pseudo-header. Interim responses and trailers are judged by their own rules.',
    breaks: [{ client: 'every HTTP/2 client', effect: 'treats the stream as malformed: no status, no headers, an error instead of a response.' }],
    fixes: frameFixes('a header block without :status'),
    related: ['http2/invalid-status', 'framing/invalid-status-line'],
  },
  'http2/invalid-status': {
    checks: 'Fires when :status is not exactly three digits from 100 to 599 (e.g. "200 OK", "2000", "abc"). HTTP/2 has no reason phrase.',
    breaks: [{ client: 'node:http2, curl, browsers', effect: 'reject the response as malformed.' }],
    fixes: frameFixes('a malformed :status'),
    related: ['http2/missing-status', 'status/unregistered-code'],
  },
  'http2/invalid-pseudo-header': {
    checks: 'Fires for an unknown pseudo-header, a second :status, a request pseudo-header (:method, :scheme, :authority, :path, :protocol) in a response, or a pseudo-header after a regular field. Trailers are judged by http2/pseudo-header-in-trailers.',
    breaks: [{ client: 'node:http2, curl, browsers', effect: 'reject the response as malformed (PROTOCOL_ERROR).' }],
    fixes: frameFixes('pseudo-header fields in the wrong place'),
    related: ['http2/pseudo-header-in-trailers', 'http2/missing-status'],
  },
  'http2/pseudo-header-in-trailers': {
    checks: 'Fires for any pseudo-header field (such as :status) in the trailing header block that ends the stream. Regular trailer fields (grpc-status, server-timing) are fine.',
    breaks: [{ client: 'gRPC clients, node:http2', effect: 'reset the stream: the call fails after the body arrived.' }],
    fixes: frameFixes('pseudo-headers in trailers'),
    related: ['http2/invalid-pseudo-header', 'http2/trailers-without-end-stream'],
  },
  'http2/trailers-without-end-stream': {
    checks: 'Fires for a HEADERS frame after the response headers that carries no :status (so it is trailers) but does not set END_STREAM. Trailers with END_STREAM are fine.',
    breaks: [{ client: 'node:http2, gRPC clients', effect: 'reset the stream with PROTOCOL_ERROR or wait for an end that never comes.' }],
    fixes: frameFixes('trailers that do not end the stream'),
    related: ['http2/unexpected-headers', 'http2/frame-after-end-stream'],
  },
  'http2/unexpected-headers': {
    checks: 'Fires for a second response header block with :status after the final response, without END_STREAM. 1xx responses before the final one are normal and do not fire.',
    breaks: [{ client: 'HTTP/2 clients', effect: 'reset the stream, or keep the first response and ignore the second.' }],
    fixes: frameFixes('two final responses on one stream'),
    related: ['http2/trailers-without-end-stream', 'http2/interim-with-end-stream'],
  },
  'http2/frame-after-end-stream': {
    checks: 'Fires for DATA or HEADERS on stream 1 after a frame with END_STREAM (or after RST_STREAM). httpinspect sends GOAWAY and half-closes only after the stream ends, then reads to EOF, so late frames are caught.',
    breaks: [
      { client: 'strict clients (node:http2)', effect: 'report STREAM_CLOSED for a response that had looked complete.' },
      { client: 'lenient clients (curl)', effect: 'drop the bytes silently.' },
    ],
    fixes: frameFixes('frames after END_STREAM'),
    related: ['framing/body-on-204', 'framing/body-on-304', 'http2/trailers-without-end-stream'],
  },
  'http2/interim-with-end-stream': {
    checks: 'Fires for a 1xx HEADERS frame (100, 102, 103) with END_STREAM: the final response can no longer follow. A 1xx without END_STREAM followed by the final response does not fire.',
    breaks: [{ client: 'HTTP/2 clients', effect: 'reset the stream with PROTOCOL_ERROR or report an empty failed response.' }],
    fixes: frameFixes('an interim response that ends the stream'),
    related: ['103', 'framing/unexpected-1xx'],
  },
  'http2/stream-reset': {
    checks: 'Fires when the server sends RST_STREAM on stream 1 before the response completed (any error code). RST_STREAM(NO_ERROR) after a complete response is allowed by RFC 9113 §8.1 and does not fire.',
    breaks: [
      { client: 'curl', effect: 'error 92, "stream was not closed cleanly".' },
      { client: 'Node / fetch', effect: 'ERR_HTTP2_STREAM_ERROR, a failed fetch; partial bodies are lost.' },
    ],
    fixes: {
      express: 'Look for handlers that throw after starting the response or streams that error (`pipeline` errors reset the stream); finish with `res.end()`.',
      fastify: 'Check for errors thrown while streaming a reply and for `connectionTimeout`/`bodyLimit` resets.',
      django: 'Look for exceptions during StreamingHttpResponse iteration and for ASGI server timeouts.',
      fastapi: 'Look for exceptions inside StreamingResponse generators and for Hypercorn timeouts.',
      spring: 'Check async request timeouts (`spring.mvc.async.request-timeout`) and exceptions while writing the body.',
      go: 'Check panics in handlers (net/http resets the stream) and `http.TimeoutHandler` / WriteTimeout settings.',
    },
    related: ['http2/goaway-error', 'framing/content-length-mismatch'],
  },
  'http2/goaway-error': {
    checks: 'Fires for GOAWAY with an error code: as an error before the response completed, as info after it. GOAWAY(NO_ERROR) is a normal shutdown and stays silent.',
    breaks: [{ client: 'every HTTP/2 client', effect: 'fails requests in flight on that connection and must reconnect.' }],
    fixes: frameFixes('a connection error'),
    related: ['http2/stream-reset', 'http2/malformed-frame'],
  },
  'http2/hpack-error': {
    checks: 'Fires when a header block does not decode per RFC 7541: an index outside the table, invalid Huffman padding or EOS, a table size update above SETTINGS_HEADER_TABLE_SIZE or after the first field, or a header list larger than --max-header-size.',
    breaks: [{ client: 'every HTTP/2 client', effect: 'COMPRESSION_ERROR: the whole connection is closed and every request on it fails.' }],
    fixes: frameFixes('an undecodable header block'),
    related: ['http2/malformed-frame', 'framing/header-section-too-large'],
  },
  'http2/malformed-frame': {
    checks: 'Fires for a frame with a wrong length for its type, a frame over SETTINGS_MAX_FRAME_SIZE, padding not shorter than the payload, a frame on the wrong stream (stream 0 for DATA/HEADERS, a stream the client never opened), DATA before the response HEADERS, or a header block interrupted by another frame. Unknown frame types and flags are ignored, as the RFC says.',
    breaks: [{ client: 'nghttp2 (curl, Node), Go', effect: 'close the connection with PROTOCOL_ERROR or FRAME_SIZE_ERROR.' }],
    fixes: frameFixes('malformed frames'),
    related: ['http2/settings-invalid', 'http2/goaway-error'],
  },
  'http2/settings-invalid': {
    checks: 'Fires for SETTINGS values out of range (RFC 9113 §6.5.2): ENABLE_PUSH other than 0 from a server, INITIAL_WINDOW_SIZE above 2^31-1, MAX_FRAME_SIZE outside 16384–16777215; and when the server\'s first frame is not SETTINGS.',
    breaks: [{ client: 'HTTP/2 clients', effect: 'close the connection before reading any response.' }],
    fixes: frameFixes('invalid SETTINGS'),
    related: ['http2/malformed-frame'],
  },
  'http2/push-when-disabled': {
    checks: 'Fires for any PUSH_PROMISE: httpinspect sends SETTINGS_ENABLE_PUSH = 0, as curl and most clients do.',
    breaks: [{ client: 'curl, Node, browsers (push removed in Chrome 106)', effect: 'treat the push as a connection error or ignore it.' }],
    fixes: frameFixes('server push to a client that disabled it'),
    related: ['http2/settings-invalid'],
  },
  'http2/flow-control-violation': {
    checks: 'Fires for DATA beyond the flow-control window httpinspect granted (1 MiB per stream and connection, replenished as it reads), a WINDOW_UPDATE with increment 0, or one growing a window beyond 2^31-1.',
    breaks: [{ client: 'HTTP/2 clients', effect: 'FLOW_CONTROL_ERROR: the stream or connection is closed and the body is lost.' }],
    fixes: frameFixes('flow-control errors'),
    related: ['http2/malformed-frame'],
  },
  'http2/status-101': {
    checks: 'Fires for :status 101 on HTTP/2, which has no Upgrade mechanism. 100 Continue and 103 Early Hints are fine.',
    breaks: [{ client: 'HTTP/2 clients', effect: 'treat the response as malformed.' }],
    fixes: {
      express: 'Do not answer upgrade requests with 101 over HTTP/2 (e.g. `ws` attached to an http2 server); use HTTP/1.1 for WebSockets or RFC 8441.',
      fastify: 'Serve @fastify/websocket over an HTTP/1.1 listener; Fastify with `http2: true` cannot upgrade.',
      django: 'Channels/Daphne WebSockets need an HTTP/1.1 connection; do not send 101 on HTTP/2.',
      fastapi: 'Starlette WebSocket routes need HTTP/1.1 (or RFC 8441 support in the server); do not send 101 on HTTP/2.',
      spring: 'Spring WebSocket upgrades need HTTP/1.1; keep the WebSocket endpoint off the HTTP/2 connector or enable RFC 8441 in Jetty.',
      go: 'gorilla/websocket and nhooyr need HTTP/1.1 hijacking; net/http cannot upgrade an HTTP/2 request, so a 101 comes from a proxy.',
    },
    related: ['101', 'framing/unexpected-1xx'],
  },
  'http2/not-http2': {
    checks: 'Fires when h2 was agreed (ALPN h2, or --http2-prior-knowledge) but the server answered in HTTP/1.x or with bytes that are not HTTP/2 frames.',
    breaks: [{ client: 'every HTTP/2 client', effect: 'fails with a protocol error before any response.' }],
    fixes: frameFixes('an HTTP/1.1 answer on an HTTP/2 connection'),
    related: ['http2/not-negotiated', 'framing/invalid-status-line'],
  },
  'http2/not-negotiated': {
    checks: 'Fires (info) when --http2 offered ALPN "h2, http/1.1" and the server chose HTTP/1.1 or no ALPN: the response was inspected over HTTP/1.1.',
    breaks: [{ client: 'browsers and HTTP/2 clients', effect: 'fall back to HTTP/1.1: more connections, head-of-line blocking.' }],
    fixes: {
      express: 'Serve with `http2.createSecureServer({ allowHTTP1: true })` or enable HTTP/2 on the proxy in front.',
      fastify: 'Start Fastify with `{ http2: true, https: { allowHTTP1: true, … } }` or enable HTTP/2 on the proxy.',
      django: 'Run under an ASGI server with HTTP/2 (Hypercorn) or enable `http2 on;` in nginx.',
      fastapi: 'Run under Hypercorn with TLS (HTTP/2 via ALPN), or enable HTTP/2 on the proxy.',
      spring: 'Set `server.http2.enabled=true` (with TLS) or enable HTTP/2 on the load balancer.',
      go: 'Use `ListenAndServeTLS` (HTTP/2 is on by default) and do not set `TLSNextProto` to an empty map.',
    },
    related: ['http2/not-http2'],
  },
  'http2/frame-flood': {
    checks: 'Fires when the server sends more than 1000 control frames (SETTINGS, PING, PRIORITY, WINDOW_UPDATE, empty DATA, unknown types) on one connection, or a header block spread over more than 64 frames (CONTINUATION flood). Reading stops there.',
    breaks: [{ client: 'hardened clients and proxies', effect: 'close the connection with ENHANCE_YOUR_CALM.' }],
    fixes: frameFixes('a frame flood'),
    related: ['http2/malformed-frame', 'framing/header-section-too-large'],
  },
};
