// Explain entries for status rules: codes used for the wrong thing, or without the headers they require.
import type { RuleKnowledge } from '../types';

const TO_204 = {
  express: '`res.sendStatus(204)` (or `res.status(204).end()`), or keep 200 and `res.json(result)`.',
  fastify: '`reply.code(204).send()`, or return the result object with 200.',
  django: '`HttpResponse(status=204)`; DRF: `Response(status=status.HTTP_204_NO_CONTENT)` (DRF\'s generic DestroyAPIView already does this).',
  fastapi: 'Declare `status_code=204, response_class=Response` on the route and `return Response(status_code=204)`, or return the updated model with 200.',
  spring: '`ResponseEntity.noContent().build()`, or `@ResponseStatus(HttpStatus.NO_CONTENT)` on a void method.',
  go: '`w.WriteHeader(http.StatusNoContent)` with no body, or write the JSON result after `w.WriteHeader(http.StatusOK)`.',
};

export const statusKnowledge: Record<string, RuleKnowledge> = {
  'status/201-without-location': {
    checks: 'Fires (warning) on a 201 to any method except PUT (where the target URI is the created resource) that has no Location header, or an empty one.',
    breaks: [
      { client: 'generic REST clients, SDK generators, HAL/JSON:API tooling', effect: 'cannot find the created resource and must guess from a body format they may not understand.' },
      { client: 'browser code across origins', effect: 'also needs `Access-Control-Expose-Headers: Location` to read it.' },
    ],
    fixes: {
      express: '`res.location(`/orders/${order.id}`).status(201).json(order)`.',
      fastify: '`reply.code(201).header("Location", `/orders/${order.id}`).send(order)`.',
      django: '`response = JsonResponse(data, status=201); response["Location"] = reverse("order-detail", args=[order.pk])`. DRF\'s CreateModelMixin sets Location only when the serializer has a `url` field; otherwise pass `headers={"Location": ...}` to Response.',
      fastapi: 'Take `response: Response` and `request: Request` and set `response.headers["Location"] = str(request.url_for("get_order", order_id=order.id))` on a `status_code=201` route.',
      spring: '`return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(order.getId()).toUri()).body(order);`',
      go: '`w.Header().Set("Location", "/orders/"+id); w.WriteHeader(http.StatusCreated)` before writing the body.',
    },
    related: ['201', 'status/created-by-safe-method'],
  },
  'status/206-without-content-range': {
    checks: 'Fires on a 206 that has no Content-Range header and is not multipart/byteranges (where each part carries its own Content-Range).',
    breaks: [
      { client: 'video/audio players and PDF viewers', effect: 'cannot place the bytes, so seeking breaks or playback fails.' },
      { client: 'resuming downloaders (curl -C -, wget -c, download managers)', effect: 'corrupt the file or restart from scratch.' },
    ],
    fixes: {
      express: 'Serve files with `res.sendFile()` / `express.static`, which implement Range with Content-Range; by hand use `req.range(size)` and set `Content-Range: bytes start-end/size`.',
      fastify: 'Use @fastify/static (`reply.sendFile`) which handles Range; by hand set `Content-Range` with the 206.',
      django: 'Django\'s FileResponse does not answer Range requests; serve large files through the web server (nginx `X-Accel-Redirect`) or set `response["Content-Range"]` yourself on a 206.',
      fastapi: 'Use `FileResponse` (recent Starlette versions handle Range and set Content-Range), or set `headers={"Content-Range": f"bytes {start}-{end}/{size}"}` on a manual 206.',
      spring: 'Return a `Resource` (or `ResourceRegion`) from the controller: Spring MVC handles Range headers and sets Content-Range.',
      go: 'Use `http.ServeContent` or `http.ServeFile`, which implement Range, If-Range and Content-Range.',
    },
    related: ['206', '416', 'status/416-without-content-range'],
  },
  'status/401-without-www-authenticate': {
    checks: 'Fires on a 401 with no WWW-Authenticate header or an empty one.',
    breaks: [
      { client: 'browsers', effect: 'show no login prompt for Basic/Digest-protected resources.' },
      { client: 'curl --anyauth, requests auth handlers, .NET HttpClient', effect: 'cannot pick a scheme and fail instead of retrying with credentials.' },
    ],
    fixes: {
      express: '`res.set("WWW-Authenticate", \'Bearer realm="api"\').status(401).json(problem)`; passport\'s Basic/Bearer strategies set it when they fail.',
      fastify: '`reply.code(401).header("WWW-Authenticate", \'Bearer realm="api"\').send(problem)`; @fastify/basic-auth sets it for Basic.',
      django: 'DRF sends WWW-Authenticate from the first authentication class\'s `authenticate_header()`; with only SessionAuthentication it has none, so DRF answers 403 instead. Plain Django: set `response["WWW-Authenticate"]` on an `HttpResponse(status=401)`.',
      fastapi: '`raise HTTPException(status_code=401, detail="Not authenticated", headers={"WWW-Authenticate": "Bearer"})` (FastAPI\'s OAuth2PasswordBearer and HTTPBasic do this).',
      spring: 'Use an AuthenticationEntryPoint that sets it (BasicAuthenticationEntryPoint, BearerTokenAuthenticationEntryPoint); `HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)` sends a bare 401.',
      go: '`w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)` before `http.Error(w, "unauthorized", http.StatusUnauthorized)`.',
    },
    related: ['401', '403'],
  },
  'status/405-without-allow': {
    checks: 'Fires on a 405 with no Allow header (an empty Allow is valid: it means no method is allowed).',
    breaks: [
      { client: 'API explorers and generic clients', effect: 'cannot tell which method to use.' },
      { client: 'developers debugging CORS', effect: 'cannot tell a preflight blocked by routing from a missing resource.' },
    ],
    fixes: {
      express: 'Express answers unmatched methods with 404, so a 405 is yours: `app.route("/items").get(list).post(create).all((req, res) => res.set("Allow", "GET, HEAD, POST").sendStatus(405))`.',
      fastify: 'Fastify answers unregistered methods with 404; register a catch-all for the other methods that sends `reply.code(405).header("Allow", "GET, HEAD, POST").send()`.',
      django: 'Return `HttpResponseNotAllowed(["GET", "POST"])` (it sets Allow); `@require_http_methods` and class-based views do this for you, as does DRF.',
      fastapi: 'Starlette answers methods a path does not support with 405 and Allow; a hand-raised 405 needs `HTTPException(405, headers={"Allow": "GET, POST"})`.',
      spring: 'Spring MVC answers unsupported methods with 405 and sets Allow (HttpRequestMethodNotSupportedException); custom exception handlers must keep the header.',
      go: 'With Go 1.22+ method patterns (`mux.HandleFunc("GET /items", …)`) ServeMux answers 405 with Allow; by hand set `w.Header().Set("Allow", "GET, POST")` before writing 405.',
    },
    related: ['405', 'cors/preflight-failed-status'],
  },
  'status/407-without-proxy-authenticate': {
    checks: 'Fires on a 407 with no Proxy-Authenticate header or an empty one.',
    breaks: [
      { client: 'browsers', effect: 'show no proxy login dialog.' },
      { client: 'curl --proxy-anyauth and proxy-aware libraries', effect: 'cannot choose a scheme and fail.' },
    ],
    fixes: {
      express: 'An application server should not send 407 (that is for proxies); answer 401 with WWW-Authenticate. In a proxy built on Node, set `Proxy-Authenticate: Basic realm="proxy"` with the 407.',
      fastify: 'As for Express: use 401 in applications; a proxy built with @fastify/http-proxy must add Proxy-Authenticate to its 407.',
      django: 'Use 401 with WWW-Authenticate; Django apps are not forward proxies.',
      fastapi: 'Use 401 with WWW-Authenticate; FastAPI apps are not forward proxies.',
      spring: 'Use 401 (Spring Security entry points); a Spring Cloud Gateway acting as a proxy must send Proxy-Authenticate with 407.',
      go: 'In a proxy built on net/http (`httputil.ReverseProxy` or a CONNECT handler) set `w.Header().Set("Proxy-Authenticate", `Basic realm="proxy"`)` before `w.WriteHeader(http.StatusProxyAuthRequired)`.',
    },
    related: ['407', '401', 'status/401-without-www-authenticate'],
  },
  'status/416-without-content-range': {
    checks: 'Fires (warning) on a 416 without a Content-Range of the form `bytes */<length>` (missing, or some other value).',
    breaks: [
      { client: 'curl -C -, wget -c, browsers resuming downloads', effect: 'cannot tell "already complete" from "file changed" and restart or fail.' },
    ],
    fixes: {
      express: '`res.sendFile`/`express.static` do it; by hand `res.set("Content-Range", `bytes */${size}`).sendStatus(416)`.',
      fastify: '@fastify/static does it; by hand `reply.code(416).header("Content-Range", `bytes */${size}`).send()`.',
      django: 'Set `response["Content-Range"] = f"bytes */{size}"` on the 416.',
      fastapi: 'Recent Starlette FileResponse does it; by hand `Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})`.',
      spring: 'Returning a `Resource` lets Spring MVC produce a correct 416; by hand use `.header(HttpHeaders.CONTENT_RANGE, "bytes */" + size)`.',
      go: '`http.ServeContent` does it; by hand `w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", size))`.',
    },
    related: ['416', '206', 'status/206-without-content-range'],
  },
  'status/426-without-upgrade': {
    checks: 'Fires on a 426 with no Upgrade header or an empty one.',
    breaks: [{ client: 'every client', effect: 'cannot know which protocol to switch to and gives up.' }],
    fixes: {
      express: '`res.set({ Upgrade: "websocket", Connection: "Upgrade" }).status(426).send()`; for HTTPS redirect instead (`res.redirect(308, httpsUrl)`).',
      fastify: '`reply.code(426).headers({ upgrade: "websocket", connection: "Upgrade" }).send()`.',
      django: 'Set `response["Upgrade"] = "websocket"` and `response["Connection"] = "Upgrade"` on the 426 (Channels handles real upgrades).',
      fastapi: '`Response(status_code=426, headers={"Upgrade": "websocket", "Connection": "Upgrade"})`.',
      spring: '`ResponseEntity.status(HttpStatus.UPGRADE_REQUIRED).header(HttpHeaders.UPGRADE, "websocket").header(HttpHeaders.CONNECTION, "Upgrade").build()`.',
      go: '`w.Header().Set("Upgrade", "websocket"); w.Header().Set("Connection", "Upgrade"); w.WriteHeader(http.StatusUpgradeRequired)`.',
    },
    related: ['426', '101'],
  },
  'status/created-by-safe-method': {
    checks: 'Fires (warning) when GET, HEAD or OPTIONS is answered with 201 Created.',
    breaks: [
      { client: 'browsers prefetching links, crawlers, link previewers', effect: 'create resources nobody asked for.' },
      { client: 'retrying clients and caches', effect: 'repeat the creation on every retry or revalidation.' },
    ],
    fixes: {
      express: 'Move creation to `app.post(...)` and answer GETs with `res.json(existing)` (200), or `res.redirect(303, location)` to an existing resource.',
      fastify: 'Move creation to `fastify.post(...)`; GET handlers return 200.',
      django: 'Create only on POST (`if request.method == "POST"`, or a DRF `create`) and answer GET with 200; a `get_or_create` in a GET view is the usual culprit.',
      fastapi: 'Move creation to `@app.post(..., status_code=201)`; the GET route keeps the default 200.',
      spring: 'Create in a `@PostMapping`; `@GetMapping` methods return 200 (remove `@ResponseStatus(HttpStatus.CREATED)` there).',
      go: 'Register creation as `mux.HandleFunc("POST /items", create)`; GET handlers write 200.',
    },
    related: ['201', 'status/201-without-location'],
  },
  'status/delete-200-empty': {
    checks: 'Fires (warning) when a DELETE is answered 200 with zero bytes of content.',
    breaks: [
      { client: 'fetch code calling `await res.json()`', effect: 'throws a SyntaxError on the empty body.' },
      { client: 'generated SDKs', effect: 'try to deserialize the promised representation and fail.' },
    ],
    fixes: TO_204,
    related: ['204', '200', 'status/update-200-empty'],
  },
  'status/error-in-200-body': {
    checks: 'Fires (warning) on a 2xx JSON response whose top-level object signals failure, e.g. `"success": false`, `"ok": false`, `"status": "error"` or a non-empty `"error"`/`"errors"` member.',
    breaks: [
      { client: 'fetch / axios', effect: '`res.ok` is true and axios resolves, so error handling never runs.' },
      { client: 'retry logic, caches and CDNs', effect: 'never retry and may cache the failure as a success.' },
      { client: 'monitoring and dashboards', effect: 'count the failure as a success (error rates stay green).' },
    ],
    fixes: {
      express: '`res.status(422).type("application/problem+json").json({ title, detail })`, and an error middleware `(err, req, res, next) => res.status(err.status ?? 500).json(...)`.',
      fastify: '`reply.code(422).send({ ... })` or throw errors with a `statusCode`; customize with `fastify.setErrorHandler`.',
      django: '`JsonResponse({...}, status=400)`; in DRF raise `ValidationError`/`APIException` subclasses (correct 4xx), or return `Response(data, status=...)`.',
      fastapi: '`raise HTTPException(status_code=422, detail=...)` or return `JSONResponse(status_code=..., content=...)`; register exception handlers for domain errors.',
      spring: 'Throw `ResponseStatusException` or handle exceptions in a `@RestControllerAdvice` returning `ProblemDetail` with the right status.',
      go: 'Write the status before the body: `w.Header().Set("Content-Type", "application/problem+json"); w.WriteHeader(http.StatusUnprocessableEntity); json.NewEncoder(w).Encode(problem)`.',
    },
    related: ['200', '400', '422', '500'],
  },
  'status/insecure-redirect': {
    checks: 'Fires (warning) when a redirect (301, 302, 303, 307, 308) of an https URL has a Location that resolves to plain http.',
    breaks: [
      { client: 'browsers with HSTS', effect: 'refuse to follow or upgrade it; without HSTS the next request, its non-Secure cookies and the URL travel unencrypted.' },
      { client: 'API clients', effect: 'follow it over plain http, exposing tokens in the URL and letting anyone on the path change the response.' },
    ],
    fixes: {
      express: 'Usually TLS ends at a proxy and Express thinks the request was http: `app.set("trust proxy", 1)` so `req.protocol` is https, or redirect to a relative path.',
      fastify: 'Create the server with `trustProxy: true` so `request.protocol` reflects X-Forwarded-Proto, or use relative Locations.',
      django: 'Set `SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")` behind a TLS-terminating proxy so `build_absolute_uri()` produces https.',
      fastapi: 'Run Uvicorn with `--proxy-headers --forwarded-allow-ips=<proxy ip>` so `request.url_for()` builds https URLs, or use relative redirects.',
      spring: 'Set `server.forward-headers-strategy=native` (or `framework`) so redirects built from the request use https.',
      go: 'Build absolute URLs from X-Forwarded-Proto when behind a proxy, or pass a relative path to `http.Redirect`.',
    },
    related: ['301', '302', '308', 'status/redirect-without-location'],
  },
  'status/missing-retry-after': {
    checks: 'Reports (info) a 429 or 503 without a Retry-After header (or with an empty one).',
    breaks: [
      { client: 'retrying clients and SDKs', effect: 'fall back to guessed backoff: they hammer the server or give up too soon.' },
      { client: 'crawlers', effect: 'do not know when maintenance ends.' },
    ],
    fixes: {
      express: '`res.set("Retry-After", "30").status(429).json(...)`; express-rate-limit adds Retry-After to its 429s.',
      fastify: '`reply.code(429).header("Retry-After", "30").send()`; @fastify/rate-limit adds retry-after by default.',
      django: 'DRF throttling sets Retry-After on its 429 (`Throttled.wait`); django-ratelimit answers 403 by default, so map `Ratelimited` to a 429 with Retry-After yourself.',
      fastapi: '`raise HTTPException(status_code=429, headers={"Retry-After": "30"})` (slowapi can add it with `headers_enabled=True`).',
      spring: '`ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "30").build()`; for 503 in maintenance filters as well.',
      go: '`w.Header().Set("Retry-After", "30"); w.WriteHeader(http.StatusTooManyRequests)`.',
    },
    related: ['429', '503'],
  },
  'status/redirect-without-location': {
    checks: 'Fires on a 301, 302, 303, 307 or 308 without a Location header, or with an empty one.',
    breaks: [
      { client: 'browsers', effect: 'show the (often empty) body instead of following.' },
      { client: 'fetch, axios, curl -L', effect: 'return the 3xx as the final response or report an error.' },
    ],
    fixes: {
      express: '`res.redirect(301, "/new/path")` sets Location; do not `res.status(301).send()`.',
      fastify: '`reply.redirect("/new/path", 301)` (Fastify v5; v4 takes `reply.redirect(301, "/new/path")`).',
      django: '`return redirect("view-name")` or `HttpResponsePermanentRedirect(url)`; both set Location.',
      fastapi: '`return RedirectResponse(url="/new/path", status_code=308)`.',
      spring: 'Return `"redirect:/new/path"` from an MVC controller, or `ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).location(uri).build()`.',
      go: '`http.Redirect(w, r, "/new/path", http.StatusMovedPermanently)`.',
    },
    related: ['301', '302', '303', '307', '308', 'headers/invalid-location'],
  },
  'status/unregistered-code': {
    checks: 'Fires (warning) on a final or interim status code in 100–599 that is not in the IANA registry, or is reserved (306, 418). Known unofficial codes are named with who uses them.',
    breaks: [
      { client: 'every generic client, cache and monitor', effect: 'treats the code as the x00 of its class: 420 becomes a plain 400 (no backoff), 509 a plain 500.' },
      { client: 'crawlers', effect: 'drop pages answered with 4xx-class unofficial codes instead of slowing down.' },
    ],
    fixes: {
      express: 'Use the registered code: `res.status(429)` instead of 420, `res.status(403)` or 401 instead of 419, and put details in the JSON body.',
      fastify: '`reply.code(429)` etc.; Fastify accepts any code 100–599, so nothing stops an unofficial one.',
      django: 'Use `rest_framework.status` / `http.HTTPStatus` constants (e.g. `HTTPStatus.TOO_MANY_REQUESTS`), which only contain registered codes.',
      fastapi: 'Use `fastapi.status.HTTP_429_TOO_MANY_REQUESTS` and friends instead of numeric literals.',
      spring: 'Use `HttpStatus` constants for registered codes; `HttpStatus.METHOD_FAILURE` (420) from older Spring versions is deprecated and unregistered, and `ResponseEntity.status(int)` accepts any number.',
      go: 'Use the `http.Status…` constants (e.g. `http.StatusTooManyRequests`), which cover registered codes.',
    },
    related: ['429', '420', '419', '509', '499'],
  },
  'status/update-200-empty': {
    checks: 'Reports (info) a PUT, PATCH or POST answered 200 with zero bytes of content.',
    breaks: [
      { client: 'fetch code calling `await res.json()`', effect: 'throws on the empty body.' },
      { client: 'browsers submitting forms', effect: 'navigate to an empty page (204 would keep the form page).' },
    ],
    fixes: TO_204,
    related: ['204', '200', 'status/delete-200-empty'],
  },
};
