// Explain entries for general header rules: Date, Location and single-value fields.
import type { RuleKnowledge } from '../types';

export const headersKnowledge: Record<string, RuleKnowledge> = {
  'headers/duplicate-singleton': {
    checks: 'Fires (warning) when a single-value field (Age, Content-Location, Content-Range, Content-Type, Date, ETag, Expires, Last-Modified, Location, Retry-After, Server) appears on several lines, or holds a comma-separated list of values on one line.',
    breaks: [{ client: 'browsers, proxies and libraries', effect: 'disagree on which copy wins (first, last, the joined string, or rejecting the response), so type, redirects or caching differ between clients.' }],
    fixes: {
      express: 'Use `res.set()` (replaces) rather than `res.append()`; check app + proxy both adding Date or Server.',
      fastify: '`reply.header()` replaces; look for a hook or proxy adding the field again.',
      django: 'Assigning `response[name]` replaces; duplicates come from the server (e.g. Server/Date from gunicorn plus a proxy).',
      fastapi: 'Starlette\'s `MutableHeaders.append` adds a second line; use `response.headers[name] = value` to replace.',
      spring: 'Use `setHeader` (replaces) instead of `addHeader`; check filters that add Date or Content-Type again.',
      go: 'Use `w.Header().Set` rather than `Add`.',
    },
    related: ['framing/duplicate-content-length', 'content/invalid-content-type'],
  },
  'headers/invalid-date': {
    checks: 'Fires when Date is not an HTTP-date: an error for unparsable values, a warning for the obsolete RFC 850 and asctime formats.',
    breaks: [{ client: 'caches', effect: 'cannot compute age and freshness and fall back to the receipt time; obsolete formats with two-digit years are read inconsistently.' }],
    fixes: {
      express: 'Node sets a correct Date itself; remove a manual `res.set("Date", new Date().toString())` (toString is not an HTTP-date, `toUTCString()` is).',
      fastify: 'Same as Express (Node sets Date); remove manual overrides.',
      django: 'The server sets Date; if you set it, use `django.utils.http.http_date()`.',
      fastapi: 'Uvicorn sets Date; manual values need `email.utils.formatdate(usegmt=True)`.',
      spring: 'The container sets Date; use `headers.setDate(millis)` if you must.',
      go: 'net/http sets Date; manual values need `time.Now().UTC().Format(http.TimeFormat)`.',
    },
    related: ['headers/missing-date', 'cache/invalid-expires'],
  },
  'headers/invalid-location': {
    checks: 'Fires when Location is not a valid URI reference (RFC 3986): spaces, non-ASCII characters, bad percent-escapes, invalid characters.',
    breaks: [
      { client: 'browsers', effect: 'percent-encode what they can and may land on a different URL than intended.' },
      { client: 'curl and HTTP libraries', effect: 'reject the redirect or request a different URL.' },
    ],
    fixes: {
      express: '`res.redirect()` / `res.location()` encode the URL (encodeurl); build paths with `encodeURIComponent` for each segment rather than concatenating raw input.',
      fastify: 'Encode with `new URL(path, base).href` or `encodeURIComponent` before `reply.redirect()`.',
      django: '`redirect()` + `reverse()` and `iri_to_uri()` produce valid URIs from non-ASCII paths.',
      fastapi: 'Build with `request.url_for()` or `urllib.parse.quote` before `RedirectResponse`.',
      spring: 'Build with `UriComponentsBuilder...encode().build().toUri()`.',
      go: 'Build with `url.URL{Path: p}.String()` or `url.PathEscape`; `http.Redirect` does not fix invalid input.',
    },
    related: ['status/redirect-without-location', '301'],
  },
  'headers/missing-date': {
    checks: 'Fires (warning) on a 2xx, 3xx or 4xx response without a Date header (origin servers with a clock must send it; 1xx and 5xx are exempt).',
    breaks: [{ client: 'caches and CDNs', effect: 'substitute the time of receipt, so responses relayed through a proxy look younger than they are.' }],
    fixes: {
      express: 'Node adds Date by default; it is missing when `res.sendDate = false` or a proxy strips it.',
      fastify: 'Same as Express (Node adds Date unless `sendDate` is disabled).',
      django: 'The WSGI/ASGI server adds Date (gunicorn, uvicorn do); check custom servers and proxies.',
      fastapi: 'Uvicorn adds Date unless started with `--no-date-header`.',
      spring: 'Tomcat/Jetty/Netty add Date; check proxies and serverless adapters.',
      go: 'net/http adds Date unless the handler sets `w.Header()["Date"] = nil`.',
    },
    related: ['headers/invalid-date'],
  },
};
