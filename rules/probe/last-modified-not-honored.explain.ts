// What `httpinspect explain probe/last-modified-not-honored` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe conditional`: fires (warning) when a GET with `If-Modified-Since: <the Last-Modified the 200 carried>` is answered 200 again with an unchanged Last-Modified. Quiet when Last-Modified moved (the resource changed), not evaluated without a Last-Modified.",
  breaks: [
    { client: "caches and crawlers that only keep Last-Modified", effect: "re-download unchanged content on every revalidation." },
  ],
  fixes: {
    express: "express.static and `res.sendFile` answer If-Modified-Since; for `res.send` set Last-Modified and rely on `req.fresh`, which also checks If-Modified-Since.",
    fastify: "@fastify/static answers If-Modified-Since; for routes, compare the header with your modification time and `reply.code(304).send()`.",
    django: "`@condition(last_modified_func=...)` or `@last_modified(...)` answers 304; `ConditionalGetMiddleware` does it when Last-Modified is set.",
    fastapi: "Parse If-Modified-Since with `email.utils.parsedate_to_datetime` and return 304 when it is not older than your modification time; FileResponse does this.",
    spring: "`webRequest.checkNotModified(lastModifiedMillis)` returns true when a 304 is due; return null then.",
    go: "`http.ServeContent(w, r, name, modtime, content)` evaluates If-Modified-Since for you.",
  },
  related: ["304", "probe/etag-not-honored"],
});
