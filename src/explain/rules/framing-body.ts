// Explain entries for framing rules about where a body starts and ends (bodyless statuses, lengths, codings).
import type { RuleKnowledge } from '../types';

const NODE_RAW = 'look for code that writes to the socket directly (`res.socket.write`, a hand-written `net` server) or a proxy/adapter in front';

export const framingBodyKnowledge: Record<string, RuleKnowledge> = {
  'framing/body-on-204': {
    checks: 'Fires when bytes follow the header section of a 204 response: whether a Content-Length or chunked framing announced them or they simply arrived after the blank line. A 204 with `Content-Length: 0` and nothing after the headers does not fire (that header is reported separately by framing/content-length-on-204).',
    breaks: [
      { client: 'keep-alive clients and proxies (browsers, nginx, HAProxy, connection pools)', effect: 'stop reading at the blank line, so the body bytes are parsed as the start of the next response on the same connection: the next request fails with a parse error or, worse, gets the wrong response.' },
      { client: 'undici (7.x)', effect: "rejects a 204 that declares a body length (UND_ERR_RES_CONTENT_LENGTH_MISMATCH), so the request fails even though the server succeeded; Node 20's built-in fetch reads it as empty. `httpinspect --clients` shows what each client does with your response." },
      { client: 'fetch / axios application code', effect: 'never sees the body it was sent, so data the server meant to return is silently lost.' },
    ],
    fixes: {
      express: 'End the response without a body: `res.status(204).end()` (or `res.sendStatus(204)`), not `res.status(204).json(data)` / `res.send(data)`: Express and Node drop that body, so the data is lost. If body bytes still reach the wire, ' + NODE_RAW + '. If there is data to return, use `res.status(200).json(data)`.',
      fastify: 'Call `reply.code(204).send()` with no payload; if the handler returns data, the status should be 200. With `reply.hijack()` you write the raw response yourself and must not write a body.',
      django: 'Return `HttpResponse(status=204)` with no content; in DRF `return Response(status=status.HTTP_204_NO_CONTENT)` without data (a `Response(data, status=204)` renders the data into a body).',
      fastapi: 'Declare the route with `status_code=204, response_class=Response` and `return Response(status_code=204)` (returning `None` through the default JSON response class makes older FastAPI versions send the body `null`).',
      spring: 'Return `ResponseEntity.noContent().build()`, or annotate a `void` handler with `@ResponseStatus(HttpStatus.NO_CONTENT)`; do not return a body object from a 204 handler.',
      go: 'Call `w.WriteHeader(http.StatusNoContent)` and write nothing: net/http refuses body writes on a 204 (`http.ErrBodyNotAllowed`), so a body on the wire comes from a hijacked connection (`http.Hijacker`) or a proxy in front.',
    },
    related: ['204', 'framing/content-length-on-204', 'framing/transfer-encoding-on-204', 'content/content-type-without-body'],
  },
  'framing/body-on-205': {
    checks: 'Fires when a 205 Reset Content response has content: a positive Content-Length, a non-empty chunked body, or bytes after the header section. `Content-Length: 0` with nothing after the headers is correct and does not fire.',
    breaks: [
      { client: 'clients that treat 205 like 204 (most HTTP stacks)', effect: 'stop reading at the headers and misread the content as the next response on a kept-alive connection.' },
      { client: 'fetch', effect: 'exposes a null body for 205, so the content never reaches the page anyway.' },
    ],
    fixes: {
      express: '`res.status(205).end()`; send data with 200 instead.',
      fastify: '`reply.code(205).send()` with no payload.',
      django: '`HttpResponse(status=205)`; DRF: `Response(status=status.HTTP_205_RESET_CONTENT)` without data.',
      fastapi: '`return Response(status_code=205)` (no content).',
      spring: '`ResponseEntity.status(HttpStatus.RESET_CONTENT).build()`.',
      go: '`w.Header().Set("Content-Length", "0"); w.WriteHeader(http.StatusResetContent)` and write nothing.',
    },
    related: ['205', '204', 'framing/body-on-204'],
  },
  'framing/body-on-304': {
    checks: 'Fires when bytes follow the header section of a 304 Not Modified response (whatever Content-Length says: in a 304, Content-Length describes the 200 it stands for, not a body).',
    breaks: [
      { client: 'browsers and CDNs revalidating cached entries', effect: 'stop at the headers; the stray bytes corrupt the next response on the connection (response desynchronisation), which shows up as random failures of unrelated requests.' },
      { client: 'strict clients (undici)', effect: 'fail the request instead of using the cached copy.' },
    ],
    fixes: {
      express: 'Let Express answer conditional GETs: `res.send()`/`res.json()` compare the ETag with If-None-Match and send a bodyless 304 themselves (check with `req.fresh`). A hand-written 304 is `res.status(304).end()`.',
      fastify: 'Send `reply.code(304).send()` with no payload (e.g. after comparing `request.headers["if-none-match"]` with the ETag), or use @fastify/etag which does it for you.',
      django: 'Use `ConditionalGetMiddleware` or the `@condition`/`@etag` decorators, which return a bodyless `HttpResponseNotModified`.',
      fastapi: '`return Response(status_code=304, headers={"ETag": etag})` with no content; Starlette\'s StaticFiles handles it for files.',
      spring: 'Use `WebRequest.checkNotModified(etag)` and return null, or `ShallowEtagHeaderFilter`; a manual 304 is `ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build()`.',
      go: '`w.WriteHeader(http.StatusNotModified)` and write nothing; `http.ServeContent` handles If-None-Match/If-Modified-Since correctly for you.',
    },
    related: ['304', 'framing/body-on-204', 'cache/no-validator'],
  },
  'framing/body-on-head': {
    checks: 'Fires when bytes follow the header section of a response to a HEAD request. Content-Length and Transfer-Encoding on a HEAD response are fine (they describe what GET would return); only actual bytes count.',
    breaks: [
      { client: 'keep-alive clients, proxies and load balancers', effect: 'never read a HEAD body, so the bytes become the start of the next response (desynchronisation).' },
      { client: 'link checkers and monitors that use HEAD', effect: 'get corrupted follow-up requests or connection errors, and waste the bandwidth HEAD was meant to save.' },
    ],
    fixes: {
      express: 'Express routes HEAD to your GET handler and Node discards the body for HEAD; bytes on the wire mean ' + NODE_RAW + '. For explicit `app.head()` handlers, set headers and call `res.end()`.',
      fastify: 'Fastify creates HEAD routes from GET routes (`exposeHeadRoutes`, on by default) and sends no body; check custom `reply.hijack()` code or a proxy.',
      django: 'Django runs the GET view for HEAD and relies on the WSGI/ASGI server (gunicorn, uWSGI, uvicorn) to drop the body; bytes on the wire point at that server, custom middleware, or a proxy. An explicit check `if request.method == "HEAD": return HttpResponse(headers=...)` avoids rendering the body at all.',
      fastapi: 'FastAPI `@app.get` routes do not answer HEAD (405); add `@app.head()` returning `Response(headers=...)` with no content, or `@app.api_route(..., methods=["GET", "HEAD"])` and rely on Uvicorn to drop the body for HEAD.',
      spring: 'Spring MVC handles HEAD for GET mappings and discards the body (it wraps the response); check filters that write to the raw output stream.',
      go: 'net/http discards body writes for HEAD (Write returns `http.ErrBodyNotAllowed`); bytes on the wire come from a hijacked connection or a proxy.',
    },
    related: ['framing/body-on-204', 'framing/body-on-304'],
  },
  'framing/chunked-not-last': {
    checks: 'Fires when a response has Transfer-Encoding but its last coding is not `chunked` (e.g. `Transfer-Encoding: gzip` or `chunked, gzip`): legal, but the body then ends only when the connection closes. A warning; info when the request\'s TE asked for that coding, or for `identity`.',
    breaks: [
      { client: 'Node http, fetch and browsers', effect: 'read the body to close without decoding the transfer coding, so the application gets gzip (or other coded) bytes.' },
      { client: 'proxies and other clients', effect: 'read the body to connection close or try to de-chunk it; a proxy and a client that disagree split the stream differently (smuggling risk).' },
    ],
    fixes: {
      express: 'Do not set Transfer-Encoding by hand; use the `compression` middleware (it sets Content-Encoding) and let Node chunk the body.',
      fastify: 'Do not set Transfer-Encoding; use @fastify/compress (Content-Encoding) and let Node frame the body.',
      django: 'Do not set Transfer-Encoding (it is a hop-by-hop header WSGI applications must not send); use `GZipMiddleware`, which sets Content-Encoding.',
      fastapi: 'Do not set Transfer-Encoding; use Starlette\'s `GZipMiddleware`, and let Uvicorn chunk StreamingResponse bodies.',
      spring: 'Do not set Transfer-Encoding; enable `server.compression.enabled=true` (Content-Encoding) and let the container chunk.',
      go: 'Do not set Transfer-Encoding yourself; compress with a gzip handler that sets Content-Encoding, and net/http chunks automatically when no Content-Length is known.',
    },
    related: ['framing/content-length-with-transfer-encoding', 'framing/close-delimited', 'content/invalid-content-encoding'],
  },
  'framing/close-delimited': {
    checks: 'Reports (info) an HTTP/1.x response with content that has neither Content-Length nor chunked encoding, so its end is marked only by the server closing the connection. Bodyless statuses and HEAD responses are excluded.',
    breaks: [
      { client: 'every client', effect: 'cannot tell a complete body from one cut short by a crash or network failure, and must open a new connection for the next request.' },
      { client: 'caches and CDNs', effect: 'may store a truncated response as complete.' },
    ],
    fixes: {
      express: 'Node frames responses itself (Content-Length for `res.send`, chunked for streams) unless the handler sets `Connection: close` with HTTP/1.0 semantics or writes to the socket; ' + NODE_RAW + '.',
      fastify: 'Same framing as Express (Node http); check `reply.hijack()` code and proxies (e.g. nginx with `proxy_http_version 1.0`).',
      django: 'Set Content-Length (`HttpResponse` bodies get it via `CommonMiddleware`) and serve through a server that chunks streaming responses; some WSGI servers close-delimit `StreamingHttpResponse` when answering HTTP/1.0.',
      fastapi: 'Uvicorn chunks StreamingResponse and sets Content-Length on Response; close-delimited output usually comes from a proxy speaking HTTP/1.0 or the client requesting HTTP/1.0.',
      spring: 'Tomcat/Jetty/Netty chunk or set Content-Length automatically; check a proxy in front or a filter that commits the response with `Connection: close`.',
      go: 'net/http sets Content-Length for small bodies and chunks larger ones for HTTP/1.1 clients; it only close-delimits for HTTP/1.0 clients or after `Connection: close` with unknown length. Set Content-Length when you know it.',
    },
    related: ['framing/content-length-mismatch', 'framing/connection-close-ignored'],
  },
  'framing/conflicting-content-length': {
    checks: 'Fires when the response carries several Content-Length values that differ (on separate lines or in one comma-separated list).',
    breaks: [
      { client: 'Node, curl, browsers', effect: 'reject the response as a protocol error (e.g. ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH in Chrome).' },
      { client: 'lenient proxies and clients', effect: 'pick the first or the last value and split the stream in different places: response splitting and cache poisoning.' },
    ],
    fixes: {
      express: 'Set Content-Length once or not at all (`res.send` computes it); look for middleware that sets it again after changing the body (compression, rewriting).',
      fastify: 'Let Fastify compute Content-Length; remove `reply.header("Content-Length", …)` calls in hooks (onSend) that change the payload.',
      django: 'Let `CommonMiddleware` set Content-Length; remove manual `response["Content-Length"]` after middleware altered the content.',
      fastapi: 'Starlette sets Content-Length on Response; do not pass your own in `headers=` and then change the body in middleware.',
      spring: 'Do not set Content-Length by hand when filters may rewrite the body (e.g. ShallowEtagHeaderFilter, compression).',
      go: 'Set `Content-Length` with `Header().Set`, never `Header().Add`, and only to the exact final body length.',
    },
    related: ['framing/duplicate-content-length', 'framing/content-length-mismatch', 'framing/invalid-content-length'],
  },
  'framing/connection-close-ignored': {
    checks: 'Reports (info) that the request carried `Connection: close` (httpinspect sends it by default) but the server did not close the connection after a complete response within the extras timeout.',
    breaks: [
      { client: 'clients that read until the connection closes (HTTP/1.0 clients, some scripts)', effect: 'hang until a timeout.' },
      { client: 'the server', effect: 'keeps one idle connection per such client open.' },
    ],
    fixes: {
      express: 'Node closes after `Connection: close` requests; check `server.keepAliveTimeout` hacks, custom socket handling, or a proxy in front that keeps the client connection open.',
      fastify: 'Same as Express (Node http server).',
      django: 'The WSGI/ASGI server (gunicorn, uvicorn, daphne) handles connections, not Django; check its keep-alive settings and the proxy in front.',
      fastapi: 'Uvicorn honours `Connection: close`; check the proxy in front (nginx, a load balancer) that terminates client connections.',
      spring: 'Tomcat/Jetty/Netty honour it; check the load balancer or proxy in front.',
      go: 'net/http honours it (unless `SetKeepAlivesEnabled` tricks or a hijacked connection); check proxies.',
    },
    related: ['framing/close-delimited'],
  },
  'framing/content-length-mismatch': {
    checks: 'Fires when the number of body bytes received differs from Content-Length: fewer before the connection closed (truncated), or more than announced (surplus bytes after the body).',
    breaks: [
      { client: 'curl', effect: 'reports "transfer closed with N bytes remaining to read" (exit 18) on a short body.' },
      { client: 'fetch / undici / axios', effect: 'reject with "terminated" / "aborted" on a short body; surplus bytes desynchronise the next response on a kept-alive connection.' },
      { client: 'browsers', effect: 'show a partial page, fail to decode an image or script, or report ERR_CONTENT_LENGTH_MISMATCH.' },
    ],
    fixes: {
      express: 'Never set Content-Length by hand from `string.length` (characters, not bytes): let `res.send` compute it, or use `Buffer.byteLength(body)`. Do not change the body in later middleware.',
      fastify: 'Let Fastify compute Content-Length; if you set it, use `Buffer.byteLength(payload)` and do not modify the payload in onSend hooks afterwards.',
      django: 'Let Django set Content-Length; a length computed from `len(str)` instead of the encoded bytes is wrong for non-ASCII content.',
      fastapi: 'Let Starlette compute it; middleware that rewrites the body must update or drop Content-Length.',
      spring: 'Do not call `setContentLength` with a character count; let the container compute it or stream with chunked encoding.',
      go: 'Set Content-Length to `len(bodyBytes)` of the exact bytes written, or leave it unset; net/http returns `http.ErrContentLength` when you write more than declared, and a handler that returns early leaves the body short.',
    },
    related: ['framing/invalid-content-length', 'framing/close-delimited', 'framing/incomplete-head'],
  },
  'framing/content-length-on-204': {
    checks: 'Fires when a 204 response carries a Content-Length header (any value, even 0: RFC 9110 §8.6 says a server must not send it in 204).',
    breaks: [
      { client: 'undici / Node fetch', effect: 'throws on a 204 with a non-zero Content-Length, so the caller sees an error instead of success.' },
      { client: 'clients and proxies that trust the header', effect: 'wait for bytes that never come (until a timeout) or swallow the beginning of the next response.' },
    ],
    fixes: {
      express: 'Do not set Content-Length on 204; `res.status(204).end()` sends none (Express\'s `res.send` removes it for 204).',
      fastify: '`reply.code(204).send()` sends no Content-Length; remove manual `reply.header("content-length", …)` for 204.',
      django: 'Remove manual `response["Content-Length"]` on 204s; check middleware that sets it unconditionally.',
      fastapi: '`Response(status_code=204)` sends no Content-Length in current Starlette; do not pass one in headers.',
      spring: '`ResponseEntity.noContent().build()`; remove filters that set Content-Length on every response.',
      go: 'Do not call `w.Header().Set("Content-Length", …)` on a 204.',
    },
    related: ['204', 'framing/body-on-204', 'framing/transfer-encoding-on-204'],
  },
  'framing/content-length-with-transfer-encoding': {
    checks: 'Fires when a response has both Content-Length and Transfer-Encoding.',
    breaks: [
      { client: 'strict clients (undici/Node)', effect: 'reject the response.' },
      { client: 'proxy + client pairs', effect: 'disagree on which header frames the body (the classic request/response smuggling setup).' },
    ],
    fixes: {
      express: 'Do not set both; when streaming with `res.write`, leave Content-Length unset; middleware that sets Content-Length on a streamed response is the usual culprit.',
      fastify: 'Remove a manual Content-Length when sending a stream; Fastify chunks streams.',
      django: 'Do not set Content-Length on `StreamingHttpResponse`, and never set Transfer-Encoding yourself (hop-by-hop).',
      fastapi: 'Do not pass Content-Length to StreamingResponse; Uvicorn chunks it.',
      spring: 'Do not set Content-Length on streamed responses (`StreamingResponseBody`, SSE).',
      go: 'Do not set Transfer-Encoding; net/http uses chunked only when Content-Length is not set.',
    },
    related: ['framing/chunked-not-last', 'framing/conflicting-content-length'],
  },
  'framing/duplicate-content-length': {
    checks: 'Fires (warning) when Content-Length appears more than once with the same value (several lines or `5, 5`).',
    breaks: [
      { client: 'strict parsers and proxies', effect: 'reject the response as a possible smuggling attempt.' },
      { client: 'lenient clients', effect: 'accept it; the real risk is the day the two layers disagree.' },
    ],
    fixes: {
      express: 'Use `res.set()` (replaces) rather than `res.append()` for Content-Length, or do not set it at all.',
      fastify: '`reply.header()` replaces; check for a proxy adding a second one.',
      django: 'Set it once; check a proxy or middleware adding it again.',
      fastapi: 'Do not add Content-Length to `headers=` when Starlette already sets it.',
      spring: 'Use `setHeader`, not `addHeader`, or leave it to the container.',
      go: 'Use `Header().Set`, not `Header().Add`.',
    },
    related: ['framing/conflicting-content-length'],
  },
  'framing/framing-header-on-1xx': {
    checks: 'Fires when an interim (1xx) response carries Content-Length or Transfer-Encoding.',
    breaks: [
      { client: 'clients and proxies that believe the header', effect: 'read the final response (or the upgraded protocol after 101) as the 1xx body and lose it.' },
      { client: 'strict clients', effect: 'reject the exchange.' },
    ],
    fixes: {
      express: 'Node writes 100 Continue and 103 Early Hints (`res.writeEarlyHints`) without framing headers; avoid writing 1xx responses by hand on the socket.',
      fastify: 'Same as Express (Node http).',
      django: 'Django does not send 1xx responses; the server or proxy in front does.',
      fastapi: 'Uvicorn sends 100 Continue itself; 101 for WebSockets is produced by the server. Check proxies.',
      spring: 'The servlet container produces 1xx responses; check a proxy in front.',
      go: 'net/http sends 100 Continue automatically; for 103 use `w.WriteHeader(http.StatusEarlyHints)` after setting only Link headers.',
    },
    related: ['framing/unexpected-1xx', '100', '103'],
  },
  'framing/invalid-chunked-encoding': {
    checks: 'Fires when a chunked body is malformed (bad chunk-size line, missing CRLF after chunk data, bad trailer section) or ends without the final zero-size chunk before the connection closes.',
    breaks: [
      { client: 'Node, curl, browsers', effect: 'abort the response ("Parse Error: Invalid character in chunk size", curl "transfer closed with outstanding read data remaining").' },
      { client: 'caches', effect: 'refuse to store a truncated chunked body.' },
    ],
    fixes: {
      express: 'Let Node chunk: call `res.write()` for pieces and always finish with `res.end()` (also on errors); never write chunk framing into the body yourself.',
      fastify: 'Send streams with `reply.send(stream)` and make sure stream errors end the reply; never hand-write chunk framing.',
      django: 'Yield from `StreamingHttpResponse` and let the server chunk; an exception in the generator truncates the body, so handle errors inside it.',
      fastapi: 'Use `StreamingResponse`; exceptions in the async generator leave the stream truncated, so catch them in the generator.',
      spring: 'Use `StreamingResponseBody` or SSE emitters and complete them (`emitter.complete()`); the container chunks.',
      go: 'Let net/http chunk (do not set Content-Length, call `Flush` as needed); panics mid-stream truncate the body.',
    },
    related: ['framing/content-length-mismatch', 'framing/chunked-not-last'],
  },
  'framing/invalid-content-length': {
    checks: 'Fires when Content-Length is not a non-negative decimal integer (signs, units, hex, spaces, empty value, or an absurdly large number).',
    breaks: [
      { client: 'Node, curl, browsers', effect: 'reject the response as a protocol error.' },
      { client: 'lenient parsers', effect: 'guess (parseInt("5 bytes") = 5) and split the stream differently from the server.' },
    ],
    fixes: {
      express: 'Node validates numbers it computes; a bad value comes from `res.set("Content-Length", someString)`. Remove it and let `res.send` compute the length.',
      fastify: 'Remove the manual header; Fastify computes it.',
      django: 'Remove the manual header (e.g. from a file size formatted as a string with units).',
      fastapi: 'Do not pass Content-Length in `headers=`; Starlette computes it.',
      spring: 'Use `setContentLengthLong(n)` with a number, or leave it to the container.',
      go: 'Use `strconv.Itoa(len(body))` or leave it unset.',
    },
    related: ['framing/conflicting-content-length', 'framing/content-length-mismatch'],
  },
  'framing/transfer-encoding-in-http10': {
    checks: 'Fires (warning) when a response with an HTTP/1.0 status line carries Transfer-Encoding.',
    breaks: [
      { client: 'HTTP/1.0 clients', effect: 'take the chunk framing as part of the body.' },
      { client: 'HTTP/1.1 clients (RFC 9112)', effect: 'must treat the framing as faulty and close the connection afterwards.' },
    ],
    fixes: {
      express: 'Node answers with HTTP/1.1 and only chunks for HTTP/1.1 requests; an HTTP/1.0 status line with chunking comes from a proxy or hand-written server.',
      fastify: 'Same as Express (Node http).',
      django: 'The WSGI server writes the status line; check it and the proxy (e.g. nginx `proxy_http_version`).',
      fastapi: 'Uvicorn writes HTTP/1.1; check the proxy.',
      spring: 'The container writes the status line; check proxies.',
      go: 'net/http does not chunk for HTTP/1.0; check proxies or hijacked connections.',
    },
    related: ['framing/close-delimited'],
  },
  'framing/transfer-encoding-on-204': {
    checks: 'Fires when a 204 response carries Transfer-Encoding (a server must not send it in 204; the message has no body to encode).',
    breaks: [
      { client: 'strict clients', effect: 'reject the response.' },
      { client: 'lenient clients and proxies', effect: 'try to read a chunked body and consume the start of the next response.' },
    ],
    fixes: {
      express: '`res.status(204).end()` without `res.write()`; middleware that streams (e.g. compression) should not touch 204 responses.',
      fastify: '`reply.code(204).send()` with no payload (not a stream).',
      django: 'Return `HttpResponse(status=204)`, not a `StreamingHttpResponse`.',
      fastapi: 'Return `Response(status_code=204)`, not a StreamingResponse.',
      spring: '`ResponseEntity.noContent().build()`; do not stream on 204.',
      go: '`w.WriteHeader(http.StatusNoContent)` without writing or flushing a body.',
    },
    related: ['204', 'framing/content-length-on-204', 'framing/body-on-204'],
  },
  'framing/unexpected-1xx': {
    checks: 'Fires (warning) on a 100 Continue the request did not ask for (no `Expect: 100-continue`) or a 101 Switching Protocols without an Upgrade request.',
    breaks: [
      { client: 'clients that do not expect interim responses', effect: 'take the 100 as the final response, or after an unrequested 101 cannot speak the protocol the server switched to.' },
    ],
    fixes: {
      express: 'Do not call `res.writeContinue()` unless `req.headers.expect` is `100-continue` (Node does this itself in the checkContinue handling).',
      fastify: 'Same as Express (Node http).',
      django: 'Django never sends 1xx; check the server or proxy.',
      fastapi: 'Uvicorn sends 100 only on `Expect: 100-continue`; check proxies.',
      spring: 'The container handles Expect; check proxies.',
      go: 'net/http sends 100 Continue only when the handler reads the body of an `Expect: 100-continue` request; do not write 1xx yourself.',
    },
    related: ['100', '101', 'framing/framing-header-on-1xx'],
  },
};
