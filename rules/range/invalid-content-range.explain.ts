// What `httpinspect explain range/invalid-content-range` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a Content-Range that breaks RFC 9110 §14.4: missing or invalid unit, "=" or several spaces after the unit, no "/", a missing first or last position, non-digits, last < first, or a complete length not greater than the last position ("bytes 0-10/10").',
  breaks: [
    { client: 'browsers (media seeking), download managers, curl -C -, wget -c', effect: 'reject the partial response or write its bytes at the wrong offset, corrupting the download.' },
  ],
  fixes: {
    express: 'Let `res.sendFile` / express.static handle Range (they use the range-parser package); by hand: `res.set("Content-Range", `bytes ${start}-${end}/${size}`)` with `end = Math.min(end, size - 1)`.',
    fastify: '@fastify/static handles Range; by hand use the same inclusive `start-end/size` form.',
    django: 'Django\'s FileResponse does not serve ranges; behind `django-ranged-response` or a proxy (nginx) let them write it; by hand `f"bytes {start}-{end}/{size}"` with end = size - 1 at most.',
    fastapi: 'Recent Starlette versions\' FileResponse serve ranges; by hand `headers={"Content-Range": f"bytes {start}-{end}/{size}"}`.',
    spring: 'Return a `Resource` (or `ResourceRegion`) and let `ResourceHttpMessageConverter` write Content-Range.',
    go: '`http.ServeContent` writes correct Content-Range; by hand `fmt.Sprintf("bytes %d-%d/%d", start, end, size)` with end ≤ size-1.',
  },
  related: ['206', '416', 'status/206-without-content-range', 'range/unsatisfied-range-on-206'],
});
