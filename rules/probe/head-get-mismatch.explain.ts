// What `httpinspect explain probe/head-get-mismatch` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe head`: fires (warning) when HEAD and GET differ in status, Content-Type, Cache-Control or Vary, when HEAD's Content-Length (if sent) is not the GET body's length, or when both carry ETag or Last-Modified with different values. Omitting Content-Length or validators on HEAD is allowed.",
  breaks: [
    { client: "link checkers and monitors", effect: "report broken links or wrong sizes." },
    { client: "download managers", effect: "allocate the wrong size from HEAD's Content-Length." },
  ],
  fixes: {
    express: "Express routes HEAD to `app.get` handlers automatically; do not register a separate `app.head` that answers differently.",
    fastify: "Fastify exposes HEAD for GET routes (`exposeHeadRoutes`, default true); avoid custom HEAD routes.",
    django: "Django answers HEAD with the GET view and strips the body; avoid branching on `request.method == \"HEAD\"`.",
    fastapi: "Add HEAD to the GET route (`@app.api_route(path, methods=[\"GET\", \"HEAD\"])`) instead of a separate handler.",
    spring: "`@GetMapping` handles HEAD too; do not add a separate HEAD mapping with other headers.",
    go: "ServeMux routes HEAD to `GET` patterns (Go 1.22+); `http.ServeContent` answers HEAD like GET.",
  },
  related: ["framing/body-on-head", "405"],
});
