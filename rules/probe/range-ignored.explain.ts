// What `httpinspect explain probe/range-ignored` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: "With `--probe range`: fires on each range probe for part of the body (`bytes=a-b` inside it, and the suffix `bytes=-n`) answered 200 with the whole body — warning when the 200 advertised `Accept-Ranges: bytes`, info otherwise. Quiet with `Accept-Ranges: none`.",
  breaks: [
    { client: "download managers and curl -C", effect: "restart from zero instead of resuming." },
    { client: "video and audio players", effect: "cannot seek without downloading everything." },
  ],
  fixes: {
    express: "express.static and `res.sendFile` serve ranges (acceptRanges: true); for dynamic bodies do not send Accept-Ranges.",
    fastify: "@fastify/static serves ranges; remove Accept-Ranges from routes that do not.",
    django: "Django serves no ranges by itself: drop Accept-Ranges, or serve files through the web server (X-Sendfile / nginx).",
    fastapi: "Starlette's FileResponse supports Range in recent versions; otherwise answer with StreamingResponse without Accept-Ranges.",
    spring: "Return a `Resource` (ResourceHttpMessageConverter/ResourceRegionHttpMessageConverter answer Range), or drop Accept-Ranges.",
    go: "`http.ServeContent` handles Range; hand-written handlers should not advertise Accept-Ranges.",
  },
  related: ["206", "probe/unsatisfiable-range"],
});
