// What `httpinspect explain range/416-for-satisfiable-range` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (error) on a 416 with `Content-Range: bytes */N` when the request asked for one byte range that is satisfiable within N (first position below N, or a non-zero suffix). Requests with several ranges are not judged (servers may refuse those). Not evaluated for a raw response without its saved request; on a --probe range probe, probe/range-wrong-length judges the length against the full response instead.',
  breaks: [
    { client: 'curl -C -, wget -c, download managers', effect: 'take the 416 as "already fully downloaded" and stop with a truncated file.' },
    { client: 'video players', effect: 'fail to seek or stop playback.' },
  ],
  fixes: {
    express: '`req.range(size)` returns -1 only for truly unsatisfiable ranges: answer 416 only then, and clamp `end` to `size - 1`.',
    fastify: '@fastify/static computes this; by hand compare the first position with the file size, not the last.',
    django: 'Answer 416 only when `start >= size`; clamp `end = min(end, size - 1)` and send 206.',
    fastapi: 'Raise 416 only when `start >= size`; otherwise clamp the end and return 206.',
    spring: 'Let `ResourceRegion` handling decide; custom code should compare `HttpRange.getRangeStart(length)` with the length.',
    go: '`http.ServeContent` clamps ranges; hand-written handlers should only reject `start >= size`.',
  },
  related: ['416', 'status/416-without-content-range', 'range/invalid-content-range'],
});
