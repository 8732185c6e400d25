// What `httpinspect explain probe/etag-not-honored` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe conditional`: fires (warning) when a GET with `If-None-Match: <the ETag the 200 carried>` is answered 200 again with the same ETag (weak comparison, so `W/\"x\"` matches `\"x\"`). Quiet when the 200 carries a different ETag (the resource changed in between), and not evaluated when the response has no ETag.",
  breaks: [
    { client: "browsers and HTTP caches", effect: "download the whole body on every revalidation instead of getting a 304." },
    { client: "CDNs", effect: "forward every revalidation to the origin and pay full transfer for unchanged content." },
  ],
  fixes: {
    express: "`res.send` answers 304 itself when `req.fresh` is true; if you stream or set ETag by hand, check `if (req.fresh) return res.status(304).end()` before sending.",
    fastify: "Register `@fastify/etag`, which answers matching If-None-Match with 304; a hand-set ETag needs the same check in an onSend hook.",
    django: "Use `ConditionalGetMiddleware` or `@condition(etag_func=...)`; both answer 304 for a matching If-None-Match.",
    fastapi: "Compare `request.headers.get(\"if-none-match\")` with your ETag and return `Response(status_code=304, headers={\"ETag\": etag})`; `FileResponse` does this for files.",
    spring: "Return early when `webRequest.checkNotModified(etag)` is true, or add `ShallowEtagHeaderFilter`.",
    go: "Serve with `http.ServeContent` after setting ETag: it evaluates If-None-Match and writes 304.",
  },
  related: ["304", "cache/no-validator", "probe/last-modified-not-honored"],
});
