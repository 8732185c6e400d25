// Explain entries for cache rules: Cache-Control, validators, Expires and Vary.
import type { RuleKnowledge } from '../types';

export const cacheKnowledge: Record<string, RuleKnowledge> = {
  'cache/conflicting-directives': {
    checks: 'Fires (warning) when Cache-Control directives contradict each other: no-store with public/max-age>0/s-maxage/immutable/stale-*; public with private; private with s-maxage; no-cache with immutable; or the same directive repeated.',
    breaks: [{ client: 'browsers, CDNs and proxies', effect: 'resolve the conflict differently (most restrictive, first, or last wins), so the response is stored where it must not be or not reused where it should be.' }],
    fixes: {
      express: 'Set the header once with one policy: `res.set("Cache-Control", "no-store")`; check `express.static({ maxAge })` plus a global no-store middleware adding a second header.',
      fastify: 'Use one source (@fastify/caching or `reply.header("Cache-Control", …)`), not both.',
      django: 'Use `patch_cache_control` / `@cache_control(...)` consistently; mixing `@never_cache` with `@cache_control(max_age=…)` produces conflicts.',
      fastapi: 'Set `Cache-Control` in one place (route or middleware) and let middleware skip responses that already have it.',
      spring: 'Spring Security adds `no-cache, no-store, max-age=0, must-revalidate` by default; disable it for cacheable paths (`headers.cacheControl().disable()`) instead of adding a second policy.',
      go: 'Use `w.Header().Set` (not `Add`) with the final policy, in one middleware.',
    },
    related: ['cache/invalid-cache-control'],
  },
  'cache/invalid-cache-control': {
    checks: 'Fires on malformed Cache-Control: bad delta-seconds (`max-age=ten`, quoted or empty values), directives separated by ";" instead of ",", or invalid syntax.',
    breaks: [{ client: 'caches', effect: 'ignore the directive, or read it as 0 / already stale; directives joined by ";" are not recognised at all.' }],
    fixes: {
      express: '`res.set("Cache-Control", "public, max-age=60")`; express.static\'s `maxAge` option takes milliseconds and writes valid seconds.',
      fastify: '`reply.header("Cache-Control", "public, max-age=60")`.',
      django: 'Use `@cache_control(public=True, max_age=60)` / `patch_cache_control`, which produce valid syntax.',
      fastapi: 'Write the value as `"public, max-age=60"` (integers, commas).',
      spring: 'Use `CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic()` with `ResponseEntity.ok().cacheControl(...)`.',
      go: '`w.Header().Set("Cache-Control", "public, max-age=60")`; format numbers with `strconv.Itoa`.',
    },
    related: ['cache/conflicting-directives'],
  },
  'cache/invalid-etag': {
    checks: 'Fires when ETag is not a valid entity-tag: unquoted, with invalid characters inside the quotes, or a malformed weak prefix.',
    breaks: [{ client: 'caches and browsers', effect: 'ignore it or echo it back in a form the server never matches, so conditional requests (304) and lost-update protection (If-Match) silently stop working.' }],
    fixes: {
      express: 'Let Express generate ETags (`app.set("etag", "strong")`); a manual value must be quoted: `res.set("ETag", `"${hash}"`)`.',
      fastify: '@fastify/etag generates valid tags; manual values need double quotes.',
      django: '`ConditionalGetMiddleware` / `@etag(func)` quote the value for you (return the bare hash from the function).',
      fastapi: 'Quote it yourself: `headers={"ETag": f\'"{hash}"\'}`.',
      spring: '`ResponseEntity.ok().eTag(hash)` quotes it; `ShallowEtagHeaderFilter` generates valid tags.',
      go: '`w.Header().Set("ETag", `"`+hash+`"`)`; `http.ServeContent` uses it for If-None-Match.',
    },
    related: ['cache/no-validator', '304', '412'],
  },
  'cache/invalid-expires': {
    checks: 'Fires (warning) when Expires is not an HTTP-date (commonly "0", "-1" or a local-time format).',
    breaks: [{ client: 'caches', effect: 'must treat it as already expired; a real lifetime that was intended is lost, and parsers disagree on odd formats.' }],
    fixes: {
      express: 'Prefer `Cache-Control: max-age=…`; if you need Expires, `res.set("Expires", new Date(Date.now() + ms).toUTCString())`.',
      fastify: 'Same idea as Express with `reply.header("Expires", date.toUTCString())`, or drop Expires for Cache-Control.',
      django: '`patch_response_headers(response, cache_timeout)` writes a valid Expires and max-age; `django.utils.http.http_date()` formats dates.',
      fastapi: 'Use `email.utils.formatdate(ts, usegmt=True)` for Expires, or only Cache-Control.',
      spring: '`headers.setExpires(epochMillis)` formats an HTTP-date; prefer `CacheControl`.',
      go: '`t.UTC().Format(http.TimeFormat)`.',
    },
    related: ['cache/missing-cache-control', 'headers/invalid-date'],
  },
  'cache/last-modified-in-future': {
    checks: 'Fires (warning) when Last-Modified is later than the response\'s Date.',
    breaks: [{ client: 'caches', effect: 'compute odd heuristic lifetimes and send If-Modified-Since values the server may mishandle.' }],
    fixes: {
      express: 'express.static uses file mtimes: fix clocks or build steps that set future mtimes; for manual values use UTC (`toUTCString()`).',
      fastify: 'Same as Express for @fastify/static (file mtimes); check timezone conversions in manual values.',
      django: 'Store and send aware UTC datetimes (`USE_TZ = True`), formatted with `http_date()`.',
      fastapi: 'Format UTC timestamps (`formatdate(ts, usegmt=True)`); naive local datetimes shift the value.',
      spring: '`ResponseEntity.ok().lastModified(instant)` with a UTC Instant; check clock skew between DB and app servers.',
      go: 'Use `modtime.UTC()` and clamp to `time.Now()`; `http.ServeContent` takes the modtime as is.',
    },
    related: ['headers/invalid-date', 'cache/no-validator'],
  },
  'cache/missing-cache-control': {
    checks: 'Reports (info) a response that caches may store by default (e.g. 200 to GET) with neither Cache-Control nor Expires.',
    breaks: [{ client: 'browsers and proxies', effect: 'reuse it for a heuristic lifetime (typically 10% of the time since Last-Modified), so users see stale content for an unpredictable time.' }],
    fixes: {
      express: '`res.set("Cache-Control", "no-cache")` for APIs, or `express.static(dir, { maxAge: "1d", immutable: true })` for fingerprinted assets.',
      fastify: '`reply.header("Cache-Control", "no-cache")`, or @fastify/static `maxAge`/`immutable` options.',
      django: '`@cache_control(max_age=300)` / `@never_cache`, or `patch_cache_control(response, no_cache=True)`.',
      fastapi: 'Add `Cache-Control` in the route (`response.headers["Cache-Control"] = "no-cache"`) or a middleware.',
      spring: '`ResponseEntity.ok().cacheControl(CacheControl.noCache())`; static resources: `spring.web.resources.cache.cachecontrol.max-age`.',
      go: '`w.Header().Set("Cache-Control", "no-cache")` in a middleware.',
    },
    related: ['cache/no-validator', 'cache/invalid-expires'],
  },
  'cache/no-validator': {
    checks: 'Reports (info) a cacheable response with neither ETag nor Last-Modified.',
    breaks: [{ client: 'caches', effect: 'cannot revalidate with a cheap 304; they download the whole response again after every expiry.' }],
    fixes: {
      express: 'Express adds weak ETags to `res.send` bodies by default (`app.set("etag", …)`); express.static adds ETag and Last-Modified.',
      fastify: 'Register @fastify/etag; @fastify/static adds validators for files.',
      django: 'Enable `ConditionalGetMiddleware` (adds ETag) or use `@condition(etag_func=…, last_modified_func=…)`.',
      fastapi: 'Compute an ETag (e.g. a hash of the body or a version column) and answer If-None-Match with 304; FileResponse sets ETag and Last-Modified.',
      spring: 'Add `ShallowEtagHeaderFilter`, or `ResponseEntity.ok().eTag(version)` with `WebRequest.checkNotModified`.',
      go: 'Set `ETag` and use `http.ServeContent`, which answers conditional requests.',
    },
    related: ['304', 'cache/invalid-etag'],
  },
  'cache/vary-star': {
    checks: 'Fires (warning) when a response has `Vary: *`.',
    breaks: [{ client: 'browsers and CDNs', effect: 'can never match a later request to it: they store it for nothing or do not store it, and revalidation cannot help.' }],
    fixes: {
      express: 'List real dependencies with `res.vary("Accept-Encoding")`; use `Cache-Control: no-store` or `private` if it must not be reused.',
      fastify: '`reply.header("Vary", "Accept-Encoding, Origin")` (the exact headers), or no-store.',
      django: '`patch_vary_headers(response, ["Cookie"])` with real header names; `@never_cache` if it must not be reused.',
      fastapi: 'List the real request headers in Vary, or send `Cache-Control: no-store`.',
      spring: 'Set `Vary` to the headers the response depends on; avoid filters that write `*`.',
      go: '`w.Header().Add("Vary", "Accept-Encoding")` per real dependency.',
    },
    related: ['content/encoding-without-vary', 'cors/missing-vary-origin'],
  },
};
