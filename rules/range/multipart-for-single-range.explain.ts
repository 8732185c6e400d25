// What `httpinspect explain range/multipart-for-single-range` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a 206 multipart/byteranges when the request\'s Range named exactly one range. Not evaluated for a raw response without its saved request.',
  breaks: [
    { client: 'resuming downloaders (curl -C -, wget -c) and media players', effect: 'store the multipart boundaries and part headers as file content: a corrupted download.' },
  ],
  fixes: {
    express: 'express.static / `res.sendFile` answer one range with a single part; custom code should only build multipart when `req.range(size).length > 1`.',
    fastify: '@fastify/static sends single-part ranges; only build multipart bodies for several ranges.',
    django: 'Build multipart/byteranges only for several ranges; one range gets `Content-Range` and the plain content.',
    fastapi: 'Starlette\'s FileResponse does this; by hand, check `len(ranges) > 1` before building a multipart body.',
    spring: 'Return a single `ResourceRegion` for one range and a `List<ResourceRegion>` only for several.',
    go: '`http.ServeContent` only uses multipart for several ranges.',
  },
  related: ['206', 'range/content-range-on-multipart', 'status/206-without-content-range'],
});
