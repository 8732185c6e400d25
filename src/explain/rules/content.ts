// Explain entries for content rules: media types, charsets, codings and JSON bodies.
import type { RuleKnowledge } from '../types';

export const contentKnowledge: Record<string, RuleKnowledge> = {
  'content/content-type-without-body': {
    checks: 'Reports (info) a 204 or 205 response that carries Content-Type.',
    breaks: [{ client: 'generic client code that branches on Content-Type', effect: 'tries to parse the empty body (`JSON.parse("")` throws).' }],
    fixes: {
      express: '`res.status(204).end()` without `res.type()`/`res.json()` (a JSON-setting middleware may add the header for every response).',
      fastify: '`reply.code(204).send()`; remove `reply.type(...)` and onSend hooks that set a type on every reply.',
      django: '`HttpResponse(status=204)` sets `text/html; charset=utf-8` by default: `del response["Content-Type"]` (DRF `Response(status=204)` without data sends none).',
      fastapi: '`Response(status_code=204)` without `media_type`; a JSONResponse adds application/json.',
      spring: '`ResponseEntity.noContent().build()` sends no Content-Type; remove `produces`-driven defaults set by filters.',
      go: 'Do not set Content-Type for 204 (net/http does not sniff one when there is no body).',
    },
    related: ['204', '205', 'framing/body-on-204'],
  },
  'content/encoding-without-vary': {
    checks: 'Fires (warning) when a response has a Content-Encoding (gzip, br, zstd, deflate) but its Vary does not list Accept-Encoding (or `*`).',
    breaks: [
      { client: 'shared caches and CDNs', effect: 'store one variant for everyone: clients that did not ask for br/gzip get bytes they cannot decode, or everybody gets the uncompressed copy.' },
    ],
    fixes: {
      express: 'The `compression` middleware adds `Vary: Accept-Encoding`; if you compress by hand, `res.vary("Accept-Encoding")`.',
      fastify: '@fastify/compress adds Vary; by hand `reply.header("Vary", "Accept-Encoding")`.',
      django: '`GZipMiddleware` patches Vary; by hand use `django.utils.cache.patch_vary_headers(response, ["Accept-Encoding"])`.',
      fastapi: 'Starlette\'s `GZipMiddleware` adds Vary; by hand add `Vary: Accept-Encoding`.',
      spring: 'Container compression (`server.compression.enabled`) adds Vary; by hand `response.addHeader("Vary", "Accept-Encoding")`.',
      go: 'Add `w.Header().Add("Vary", "Accept-Encoding")` in your gzip handler (e.g. gorilla/handlers CompressHandler does this).',
    },
    related: ['content/invalid-content-encoding', 'cache/vary-star'],
  },
  'content/invalid-content-encoding': {
    checks: 'Fires when the body does not decode with the codings named in Content-Encoding (e.g. labelled gzip but not gzip data, or compressed twice).',
    breaks: [
      { client: 'browsers', effect: 'show ERR_CONTENT_DECODING_FAILED; the page or asset is lost.' },
      { client: 'curl --compressed', effect: 'fails with "Error while processing content unencoding".' },
      { client: 'Node fetch / axios', effect: 'reject with a zlib error ("incorrect header check").' },
    ],
    fixes: {
      express: 'Compress once: do not combine the `compression` middleware with pre-compressed bodies unless you set Content-Encoding yourself and skip the middleware for them.',
      fastify: 'Use @fastify/compress only; when sending pre-compressed files, set Content-Encoding to match the file and disable compression for that route.',
      django: 'Do not run `GZipMiddleware` on responses that are already compressed (it skips when Content-Encoding is set, so check custom code setting the header without compressing).',
      fastapi: 'Do not set `Content-Encoding` on a Response unless the bytes are compressed; GZipMiddleware compresses itself.',
      spring: 'Do not set Content-Encoding manually on already-decoded bodies proxied from upstream (strip it when your HTTP client decompresses).',
      go: 'When proxying, remember `http.Transport` transparently decompresses gzip and removes the header only when it added Accept-Encoding itself; do not copy upstream Content-Encoding onto decoded bodies.',
    },
    related: ['content/encoding-without-vary'],
  },
  'content/invalid-content-type': {
    checks: 'Fires when Content-Type is not a valid `type/subtype; param=value` media type, or when several Content-Type lines disagree.',
    breaks: [
      { client: 'browsers', effect: 'treat the body as unknown and sniff, or refuse it as a script or stylesheet.' },
      { client: 'API clients', effect: 'skip JSON parsing or use the wrong charset; with several types each client picks a different one.' },
    ],
    fixes: {
      express: '`res.type("json")` or `res.set("Content-Type", "application/json; charset=utf-8")`; never build the value by string concatenation.',
      fastify: '`reply.type("application/json; charset=utf-8")`.',
      django: 'Pass `content_type="text/csv; charset=utf-8"` to HttpResponse.',
      fastapi: 'Use `media_type="text/csv"` on the Response class; Starlette adds the charset for text types.',
      spring: 'Use `MediaType` constants in `produces` or `ResponseEntity.contentType(MediaType.APPLICATION_JSON)`.',
      go: '`w.Header().Set("Content-Type", "application/json")`; `mime.FormatMediaType` builds valid values.',
    },
    related: ['content/missing-content-type', 'headers/duplicate-singleton'],
  },
  'content/invalid-json': {
    checks: 'Fires when a response labelled with a JSON media type (application/json, +json) has a body that does not parse as JSON (after content decoding).',
    breaks: [
      { client: 'fetch `res.json()`', effect: 'rejects with a SyntaxError.' },
      { client: 'axios, requests, generated SDKs', effect: 'raise parse errors instead of returning data, hiding the server\'s real error page.' },
    ],
    fixes: {
      express: 'Use `res.json(value)`; make sure error handlers do not send HTML with a JSON type and that nothing writes debug output into the response.',
      fastify: 'Return objects and let Fastify serialize; with response schemas (fast-json-stringify), make sure the schema matches.',
      django: 'Use `JsonResponse(data)` (DjangoJSONEncoder) rather than string templates; DRF renders JSON for you.',
      fastapi: 'Return models/dicts; NaN/Infinity floats are not valid JSON, so validate numbers or use a custom JSONResponse.',
      spring: 'Let Jackson serialize; check `@ControllerAdvice` handlers that return HTML error pages with `produces = "application/json"`.',
      go: 'Use `json.NewEncoder(w).Encode(v)` and check its error before writing anything else; do not `fmt.Fprintf` JSON by hand.',
    },
    related: ['content/json-mislabeled', 'status/error-in-200-body'],
  },
  'content/json-mislabeled': {
    checks: 'Fires (warning) when a body that parses as a JSON object or array is labelled text/html or text/plain.',
    breaks: [
      { client: 'axios, requests, generated clients', effect: 'return a string instead of an object.' },
      { client: 'browsers opening the URL', effect: 'render JSON that echoes user input as HTML (reflected XSS risk).' },
    ],
    fixes: {
      express: '`res.json(data)` instead of `res.send(JSON.stringify(data))` (which labels a string as text/html).',
      fastify: 'Send objects (`reply.send(obj)`) rather than pre-stringified JSON; or `reply.type("application/json")`.',
      django: '`JsonResponse(data)` instead of `HttpResponse(json.dumps(data))` (which defaults to text/html).',
      fastapi: 'Return the dict/model, or `JSONResponse(content)`; `HTMLResponse`/`PlainTextResponse` with JSON text mislabels it.',
      spring: 'Return objects from `@RestController` methods; returning a `String` of JSON uses text/plain unless `produces = MediaType.APPLICATION_JSON_VALUE`.',
      go: 'Set `w.Header().Set("Content-Type", "application/json")` before writing; otherwise net/http sniffs JSON as text/plain.',
    },
    related: ['content/invalid-json', 'content/missing-content-type'],
  },
  'content/missing-content-type': {
    checks: 'Fires (warning) when a response has content (at least one byte) but no Content-Type.',
    breaks: [
      { client: 'browsers', effect: 'sniff the content, or refuse to use it with `X-Content-Type-Options: nosniff`.' },
      { client: 'API clients', effect: 'treat the body as application/octet-stream and hand back raw bytes.' },
    ],
    fixes: {
      express: '`res.type("json")`/`res.json()`; `res.send(Buffer)` defaults to application/octet-stream, but `res.end(data)` and raw writes set nothing.',
      fastify: 'Fastify sets a type for objects and strings; for streams and buffers call `reply.type(...)`.',
      django: 'HttpResponse always sets one (`text/html; charset=utf-8` by default, which is wrong for non-HTML: pass `content_type=`); a missing type comes from `del response["Content-Type"]`, a proxy stripping it, or a raw WSGI app.',
      fastapi: 'Use a Response class with a `media_type` (`Response(content, media_type="text/csv")`); plain `Response(content)` has none.',
      spring: 'Set `produces` or `ResponseEntity.contentType(...)`; `StreamingResponseBody` has no default type.',
      go: 'net/http sniffs a type on the first Write when none is set, so a missing type means the handler suppressed it (`w.Header()["Content-Type"] = nil`) or a proxy stripped it; set it explicitly.',
    },
    related: ['content/invalid-content-type', 'content/text-without-charset'],
  },
  'content/text-without-charset': {
    checks: 'Reports (info) a text/* response (e.g. text/html, text/plain, text/csv) with content but no charset parameter.',
    breaks: [
      { client: 'browsers', effect: 'fall back to a locale-dependent legacy encoding (often windows-1252) and show mojibake.' },
      { client: 'HTTP libraries (requests: ISO-8859-1 for text/*)', effect: 'decode non-ASCII characters wrongly.' },
    ],
    fixes: {
      express: '`res.type("text/plain; charset=utf-8")`; `res.send(string)` adds the charset, but `res.set("Content-Type", "text/csv")` does not.',
      fastify: '`reply.type("text/plain; charset=utf-8")`.',
      django: 'Django adds `charset=settings.DEFAULT_CHARSET` unless you pass an explicit content_type: include it (`text/csv; charset=utf-8`).',
      fastapi: 'Starlette adds `charset=utf-8` to text/* media types of its Response classes; custom headers bypass it.',
      spring: 'Use `MediaType.TEXT_PLAIN` with `new MediaType("text", "plain", StandardCharsets.UTF_8)` or `produces = "text/plain;charset=UTF-8"`.',
      go: '`w.Header().Set("Content-Type", "text/plain; charset=utf-8")`.',
    },
    related: ['content/missing-content-type'],
  },
};
