// What `httpinspect explain status/206-without-content-range` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a 206 that has no Content-Range header and is not multipart/byteranges (where each part carries its own Content-Range).',
  breaks: [
    {
      client: 'video/audio players and PDF viewers',
      effect: 'cannot place the bytes, so seeking breaks or playback fails.',
    },
    {
      client: 'resuming downloaders (curl -C -, wget -c, download managers)',
      effect: 'corrupt the file or restart from scratch.',
    },
  ],
  fixes: {
    express: 'Serve files with `res.sendFile()` / `express.static`, which implement Range with Content-Range; by hand use `req.range(size)` and set `Content-Range: bytes start-end/size`.',
    fastify: 'Use @fastify/static (`reply.sendFile`) which handles Range; by hand set `Content-Range` with the 206.',
    django: 'Django\'s FileResponse does not answer Range requests; serve large files through the web server (nginx `X-Accel-Redirect`) or set `response["Content-Range"]` yourself on a 206.',
    fastapi: 'Use `FileResponse` (recent Starlette versions handle Range and set Content-Range), or set `headers={"Content-Range": f"bytes {start}-{end}/{size}"}` on a manual 206.',
    spring: 'Return a `Resource` (or `ResourceRegion`) from the controller: Spring MVC handles Range headers and sets Content-Range.',
    go: 'Use `http.ServeContent` or `http.ServeFile`, which implement Range, If-Range and Content-Range.',
  },
  related: ['206', '416', 'status/416-without-content-range'],
});
