// What `httpinspect explain status/redirect-without-location` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a 301, 302, 303, 307 or 308 without a Location header, or with an empty one.',
  breaks: [
    { client: 'browsers', effect: 'show the (often empty) body instead of following.' },
    {
      client: 'fetch, axios, curl -L',
      effect: 'return the 3xx as the final response or report an error.',
    },
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
});
