// Explain entries for framing rules about the syntax of the status line and header section.
import type { RuleKnowledge } from '../types';

// Mainstream frameworks write the head themselves; these problems come from code or proxies that write bytes by hand.
const NODE = 'Node\'s http module writes the status line and headers itself and rejects invalid header names/values (ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR)';

export const framingSyntaxKnowledge: Record<string, RuleKnowledge> = {
  'framing/bare-lf': {
    checks: 'Fires (warning) when the status line or header lines end in a bare LF instead of CRLF.',
    breaks: [
      { client: 'strict parsers and some proxies', effect: 'reject the response or split lines differently than lenient clients (a smuggling ingredient).' },
      { client: 'browsers, curl, Node', effect: 'accept it, which hides the problem until a strict hop is added.' },
    ],
    fixes: {
      express: `${NODE}, always with CRLF; bare LF comes from code writing raw bytes to \`res.socket\` or a hand-rolled server/proxy.`,
      fastify: 'Same as Express (Node http); check `reply.hijack()` code that writes the head by hand.',
      django: 'The WSGI/ASGI server writes the head with CRLF; check custom servers, test doubles promoted to production, or proxies.',
      fastapi: 'Uvicorn (h11/httptools) writes CRLF; check proxies or custom ASGI servers.',
      spring: 'Tomcat/Jetty/Netty write CRLF; check proxies or custom Netty handlers that encode HTTP by hand.',
      go: 'net/http writes CRLF; check hijacked connections (`http.Hijacker`) that write responses by hand with "\\n".',
    },
    related: ['framing/invalid-header-line', 'framing/obs-fold'],
  },
  'framing/header-section-too-large': {
    checks: 'Fires when the response head (status line plus headers) exceeds --max-header-size (64 KiB by default) before the blank line arrives.',
    breaks: [
      { client: 'Node', effect: 'rejects heads over 16 KiB by default ("Header overflow", HPE_HEADER_OVERFLOW).' },
      { client: 'nginx and other proxies', effect: 'answer 502 when the upstream head exceeds proxy_buffer_size (4–8 KiB by default).' },
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
  },
  'framing/incomplete-head': {
    checks: 'Fires when the connection ends before the blank line that ends the header section (including an empty reply).',
    breaks: [
      { client: 'curl', effect: 'reports "Empty reply from server" (exit 52) or a transfer error.' },
      { client: 'fetch / undici / axios', effect: 'reject with "socket hang up" / "other side closed"; browsers show ERR_EMPTY_RESPONSE.' },
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
  },
  'framing/invalid-header-line': {
    checks: 'Fires on a header line without a colon, with a field name that is not a token (spaces, non-ASCII, separators), or with control characters (CR, NUL …) in its value.',
    breaks: [
      { client: 'Node/undici and many proxies', effect: 'reject the whole response ("Invalid header value char").' },
      { client: 'lenient clients', effect: 'drop or misread the line, so the header does not mean what the server intended; CR/LF in values enable header injection.' },
    ],
    fixes: {
      express: `${NODE}; an invalid line therefore comes from a proxy or hand-written output. Sanitize values taken from user input before \`res.set\`.`,
      fastify: 'Same as Express (Node http validates header names and values).',
      django: 'Django raises `BadHeaderError` for newlines in header values; check values set by proxies or servers in front.',
      fastapi: 'Starlette encodes header values as latin-1 and the server validates them; sanitize user-provided values before putting them in headers.',
      spring: 'Containers reject or strip CR/LF in header values in recent versions; sanitize values from user input and check proxies.',
      go: 'net/http rejects invalid header field names and replaces newlines in values; invalid lines come from hijacked connections or proxies.',
    },
    related: ['framing/whitespace-before-colon', 'framing/obs-fold', 'framing/bare-lf'],
  },
  'framing/invalid-status-line': {
    checks: 'Fires when the first line is not `HTTP/1.x <3 digits> <reason>`: wrong version, missing space, code outside 100–599, or a reply that is not HTTP at all (TLS alert, another protocol, HTTP/0.9 body).',
    breaks: [
      { client: 'Node/undici', effect: 'reject the response (HPE_INVALID_CONSTANT / "Response does not match the HTTP/1.1 protocol").' },
      { client: 'browsers and curl', effect: 'fail with ERR_INVALID_HTTP_RESPONSE / "Unsupported HTTP/1 subversion" or treat the reply as HTTP/0.9 (usually refused).' },
    ],
    fixes: {
      express: 'Node writes valid status lines for numeric codes 100–999; check the port and scheme (an https server answering http, or a non-HTTP service) and hand-written responses on raw sockets.',
      fastify: 'Same as Express; Fastify validates status codes passed to `reply.code()`.',
      django: 'The WSGI server writes the status line from `response.status_code`; check the port/scheme and proxies.',
      fastapi: 'Uvicorn writes the status line; check the port/scheme and proxies.',
      spring: 'The container writes the status line; check the port/scheme (e.g. TLS on a plain-HTTP port) and proxies.',
      go: 'net/http writes valid lines (and panics on codes outside 100–999); check the port/scheme and hijacked connections.',
    },
    related: ['framing/incomplete-head', 'status/unregistered-code'],
  },
  'framing/invalid-transfer-encoding': {
    checks: 'Fires on a Transfer-Encoding element that is not a token with optional parameters (e.g. `chunked` followed by a 0xA0 byte), a parameter on chunked (`chunked;a=b`), or chunked applied twice (`chunked, chunked`). A tab or an empty list element after chunked is valid and only noted (info), because Node misframes it.',
    breaks: [
      { client: 'Node/undici', effect: 'does not recognise chunked with a parameter, a trailing tab or comma after it, and reads the body to close, handing the chunk framing to the application.' },
      { client: 'proxies and other clients', effect: 'strip or keep the odd bytes differently, so one de-chunks while another reads to close: they disagree on where the response ends (response splitting, smuggling).' },
    ],
    fixes: {
      express: 'Do not set Transfer-Encoding by hand: Node chunks streamed bodies itself; odd values come from a proxy or raw socket writes.',
      fastify: 'Same as Express (Node http frames the body); check `reply.hijack()` code and proxies.',
      django: 'Do not set Transfer-Encoding (a hop-by-hop header WSGI applications must not send); the server chunks streaming responses.',
      fastapi: 'Do not set Transfer-Encoding; Uvicorn chunks StreamingResponse bodies.',
      spring: 'Do not set Transfer-Encoding; the container chunks when no Content-Length is known.',
      go: 'Do not set Transfer-Encoding in the header map; net/http chunks automatically and ignores most hand-set values.',
    },
    related: ['framing/chunked-not-last', 'framing/content-length-with-transfer-encoding', 'framing/invalid-chunked-encoding'],
  },
  'framing/obs-fold': {
    checks: 'Fires when a header line starts with a space or tab, continuing the previous header (obsolete line folding).',
    breaks: [
      { client: 'Node/undici', effect: 'reject the response.' },
      { client: 'browsers and proxies', effect: 'disagree on whether the continuation joins the previous header or starts a new one, making the value ambiguous.' },
    ],
    fixes: {
      express: `${NODE}, so a newline inside \`res.set()\` throws; folded lines come from a proxy or hand-written output.`,
      fastify: 'Same as Express (Node http).',
      django: 'Django rejects newlines in header values (`BadHeaderError`); check proxies or legacy servers in front.',
      fastapi: 'Strip newlines from values before setting headers; check proxies.',
      spring: 'Join multi-line values (e.g. PEM certificates, long CSPs) into one line before `setHeader`; check proxies.',
      go: 'net/http replaces newlines in values with spaces; folded lines come from hijacked connections or proxies.',
    },
    related: ['framing/invalid-header-line', 'framing/bare-lf'],
  },
  'framing/whitespace-before-colon': {
    checks: 'Fires when whitespace separates a header field name from its colon (`Content-Length : 5`).',
    breaks: [
      { client: 'Node/undici and strict proxies', effect: 'reject the response.' },
      { client: 'lenient clients', effect: 'disagree on whether the header is the one it looks like (a known response smuggling vector).' },
    ],
    fixes: {
      express: `${NODE} with "Name: value"; such lines come from a proxy or raw socket writes.`,
      fastify: 'Same as Express (Node http).',
      django: 'The server writes header lines; check proxies and custom servers.',
      fastapi: 'Uvicorn writes header lines; check proxies and custom servers.',
      spring: 'The container writes header lines; check proxies.',
      go: 'net/http writes header lines; check hijacked connections.',
    },
    related: ['framing/invalid-header-line'],
  },
};
