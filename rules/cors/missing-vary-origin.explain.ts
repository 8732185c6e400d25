// What `httpinspect explain cors/missing-vary-origin` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Access-Control-Allow-Origin echoes the request\'s Origin (not `*`) and Vary does not include Origin.',
  breaks: [
    {
      client: 'browser caches and CDNs',
      effect: 'serve the response stored for one origin to another, which the browser then blocks.',
    },
  ],
  fixes: {
    express: 'The `cors` middleware adds `Vary: Origin` when it reflects origins; hand-written code must call `res.vary("Origin")`.',
    fastify: '@fastify/cors adds Vary: Origin for dynamic origins; add it in custom hooks.',
    django: 'django-cors-headers adds `Vary: Origin`; check caching middleware that strips it.',
    fastapi: 'CORSMiddleware adds Vary: Origin for explicit origin lists; hand-written headers need it too.',
    spring: 'Spring\'s DefaultCorsProcessor adds Vary: Origin; check filters that overwrite Vary.',
    go: 'rs/cors adds Vary: Origin; hand-written code needs `w.Header().Add("Vary", "Origin")`.',
  },
  related: ['cache/vary-star', 'cors/origin-not-allowed'],
});
