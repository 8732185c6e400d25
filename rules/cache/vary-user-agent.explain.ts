// What `httpinspect explain cache/vary-user-agent` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when Vary lists User-Agent (any case, on any Vary line).',
  breaks: [
    { client: 'CDNs and shared caches', effect: 'store a separate copy per User-Agent string (hit ratio near zero) or do not cache the response at all.' },
    { client: 'browsers', effect: 'keep working, but every intermediary cache in front of them is bypassed in practice.' },
  ],
  fixes: {
    express: 'Drop `res.vary("User-Agent")`; detect the device class at the edge and vary on that header, or serve one responsive page.',
    fastify: 'Remove User-Agent from the Vary you set; use client hints (`Accept-CH: Sec-CH-UA-Mobile`, `Vary: Sec-CH-UA-Mobile`).',
    django: 'Remove `@vary_on_headers("User-Agent")`; vary on a normalised header your CDN sets instead.',
    fastapi: 'Do not add User-Agent to Vary; vary on `Sec-CH-UA-Mobile` if mobile and desktop really differ.',
    spring: 'Remove `User-Agent` from `ResponseEntity.ok().varyBy(...)`; use a device-class header set by the CDN.',
    go: 'Do not `w.Header().Add("Vary", "User-Agent")`; vary on `Sec-CH-UA-Mobile` or a CDN device header.',
  },
  related: ['cache/vary-star', 'cache/vary-host', 'cache/long-vary'],
});
