// What `httpinspect explain cache/last-modified-in-future` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Last-Modified is later than the response\'s Date.',
  breaks: [
    {
      client: 'caches',
      effect: 'compute odd heuristic lifetimes and send If-Modified-Since values the server may mishandle.',
    },
  ],
  fixes: {
    express: 'express.static uses file mtimes: fix clocks or build steps that set future mtimes; for manual values use UTC (`toUTCString()`).',
    fastify: 'Same as Express for @fastify/static (file mtimes); check timezone conversions in manual values.',
    django: 'Store and send aware UTC datetimes (`USE_TZ = True`), formatted with `http_date()`.',
    fastapi: 'Format UTC timestamps (`formatdate(ts, usegmt=True)`); naive local datetimes shift the value.',
    spring: '`ResponseEntity.ok().lastModified(instant)` with a UTC Instant; check clock skew between DB and app servers.',
    go: 'Use `modtime.UTC()` and clamp to `time.Now()`; `http.ServeContent` takes the modtime as is.',
  },
  related: ['headers/invalid-date', 'cache/no-validator'],
});
