// What `httpinspect explain cors/invalid-max-age` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a preflight response carries an Access-Control-Max-Age that is not one header of digits only (delta-seconds): `10m`, `-1`, `600.0`, `600, 600`, an empty value or two header lines.',
  breaks: [
    {
      client: 'browsers',
      effect: 'fail to parse the value and ignore it: the preflight is cached for the 5-second default, so the caching the server asked for silently does not happen.',
    },
  ],
  fixes: {
    express: '`cors({ maxAge: 600 })` with a number, not a string such as "10m".',
    fastify: '@fastify/cors `maxAge: 600` (a number of seconds).',
    django: '`CORS_PREFLIGHT_MAX_AGE = 600` (an integer); check that no middleware appends a second header.',
    fastapi: '`CORSMiddleware(max_age=600)` with an int.',
    spring: '`maxAge(600L)`; check that a proxy or filter does not add a second Access-Control-Max-Age.',
    go: 'rs/cors `MaxAge: 600` (an int); when setting the header by hand, `strconv.Itoa(seconds)`.',
  },
  related: ['cors/preflight-missing-max-age'],
});
