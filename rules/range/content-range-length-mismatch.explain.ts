// What `httpinspect explain range/content-range-length-mismatch` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a single-part 206 whose valid Content-Range `first-last/…` does not match its Content-Length, or (without Content-Length) the content received. Multipart/byteranges, HEAD and incomplete responses are not judged here.',
  breaks: [
    { client: 'download managers, curl -C -, browsers seeking in video', effect: 'write the bytes at the announced offset: a corrupted file, or a stalled download waiting for missing bytes.' },
  ],
  fixes: {
    express: 'Let `res.sendFile` handle Range; by hand, stream `fs.createReadStream(path, { start, end })` (end inclusive) and set Content-Length to `end - start + 1`.',
    fastify: '@fastify/static handles ranges; by hand use the same inclusive end for the stream and the header.',
    django: 'With a hand-rolled ranged response, `f.seek(start)` and read exactly `end - start + 1` bytes; set Content-Length from that number.',
    fastapi: 'Starlette\'s FileResponse serves ranges consistently; by hand compute `length = end - start + 1` once and use it for both.',
    spring: 'Return `ResourceRegion(resource, start, end - start + 1)` and let Spring write both headers.',
    go: '`http.ServeContent` keeps Content-Range and Content-Length consistent; by hand use `io.NewSectionReader(f, start, end-start+1)`.',
  },
  related: ['206', 'range/invalid-content-range', 'framing/content-length-mismatch'],
});
