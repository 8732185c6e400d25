// What `httpinspect explain status/post-redirect-method-change` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) a 301 or 302 answering a POST. 303, 307 and 308 stay quiet, as do 301/302 to other methods.',
  breaks: [
    { client: 'browsers, curl -L, requests, Go net/http', effect: 'resend as GET without the content: a moved API endpoint silently stops receiving POSTs.' },
  ],
  fixes: {
    express: '`res.redirect(303, "/orders/42")` after a form POST; `res.redirect(308, newUrl)` to move an endpoint.',
    fastify: '`reply.redirect("/orders/42", 303)` (Fastify 5 argument order: url, code).',
    django: '`response = redirect("orders:detail", pk=42)` then `response.status_code = 303` (Django has no 303 class); for a moved endpoint use a 308 response, not `HttpResponsePermanentRedirect` (301).',
    fastapi: '`RedirectResponse(url, status_code=303)` after POST (its default is 307).',
    spring: 'Return `ResponseEntity.status(HttpStatus.SEE_OTHER).location(uri).build()`, or `RedirectView` with `setStatusCode(HttpStatus.SEE_OTHER)`.',
    go: '`http.Redirect(w, r, url, http.StatusSeeOther)` after POST; `http.StatusPermanentRedirect` to move an endpoint.',
  },
  related: ['301', '302', '303', '307', '308', 'status/redirect-to-self'],
});
