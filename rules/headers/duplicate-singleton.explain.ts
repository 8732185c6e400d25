// What `httpinspect explain headers/duplicate-singleton` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a single-value field (Age, Content-Location, Content-Range, Content-Type, Date, ETag, Expires, Last-Modified, Location, Retry-After, Server) appears on several lines, or holds a comma-separated list of values on one line.',
  breaks: [
    {
      client: 'browsers, proxies and libraries',
      effect: 'disagree on which copy wins (first, last, the joined string, or rejecting the response), so type, redirects or caching differ between clients.',
    },
  ],
  fixes: {
    express: 'Use `res.set()` (replaces) rather than `res.append()`; check app + proxy both adding Date or Server.',
    fastify: '`reply.header()` replaces; look for a hook or proxy adding the field again.',
    django: 'Assigning `response[name]` replaces; duplicates come from the server (e.g. Server/Date from gunicorn plus a proxy).',
    fastapi: 'Starlette\'s `MutableHeaders.append` adds a second line; use `response.headers[name] = value` to replace.',
    spring: 'Use `setHeader` (replaces) instead of `addHeader`; check filters that add Date or Content-Type again.',
    go: 'Use `w.Header().Set` rather than `Add`.',
  },
  related: ['framing/duplicate-content-length', 'content/invalid-content-type'],
});
