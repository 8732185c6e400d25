// What `httpinspect explain status/416-without-content-range` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 416 without a Content-Range of the form `bytes */<length>`: missing, or a well-formed range of another form (`bytes 0-4/11`). A malformed value is reported by range/invalid-content-range instead.',
  breaks: [
    {
      client: 'curl -C -, wget -c, browsers resuming downloads',
      effect: 'cannot tell "already complete" from "file changed" and restart or fail.',
    },
  ],
  fixes: {
    express: '`res.sendFile`/`express.static` do it; by hand `res.set("Content-Range", `bytes */${size}`).sendStatus(416)`.',
    fastify: '@fastify/static does it; by hand `reply.code(416).header("Content-Range", `bytes */${size}`).send()`.',
    django: 'Set `response["Content-Range"] = f"bytes */{size}"` on the 416.',
    fastapi: 'Recent Starlette FileResponse does it; by hand `Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})`.',
    spring: 'Returning a `Resource` lets Spring MVC produce a correct 416; by hand use `.header(HttpHeaders.CONTENT_RANGE, "bytes */" + size)`.',
    go: '`http.ServeContent` does it; by hand `w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", size))`.',
  },
  related: ['416', '206', 'status/206-without-content-range'],
});
