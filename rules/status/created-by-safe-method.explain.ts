// What `httpinspect explain status/created-by-safe-method` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when GET, HEAD or OPTIONS is answered with 201 Created.',
  breaks: [
    {
      client: 'browsers prefetching links, crawlers, link previewers',
      effect: 'create resources nobody asked for.',
    },
    {
      client: 'retrying clients and caches',
      effect: 'repeat the creation on every retry or revalidation.',
    },
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
});
