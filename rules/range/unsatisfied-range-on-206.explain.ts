// What `httpinspect explain range/unsatisfied-range-on-206` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) when a 206 carries a syntactically valid but unsatisfied Content-Range (`bytes */1234`).',
  breaks: [{ client: 'video players, download managers, curl -C -', effect: 'cannot tell where the enclosed bytes go and abort or corrupt the file.' }],
  fixes: {
    express: 'Check `req.range(size)`: -1 means unsatisfiable → `res.status(416).set("Content-Range", `bytes */${size}`)`; otherwise 206 with `bytes ${r.start}-${r.end}/${size}`.',
    fastify: 'Same logic: 416 with `*/size` for unsatisfiable ranges, 206 with `start-end/size` otherwise.',
    django: 'Return 416 (`HttpResponse(status=416)`) with `bytes */size` when the range is past the end; a 206 names the range sent.',
    fastapi: 'Raise `HTTPException(416, headers={"Content-Range": f"bytes */{size}"})` for unsatisfiable ranges.',
    spring: 'Let `ResourceRegion` handling answer; it sends 416 for unsatisfiable ranges.',
    go: '`http.ServeContent` sends 416 with `bytes */size` itself.',
  },
  related: ['206', '416', 'range/invalid-content-range', 'status/416-without-content-range'],
});
