// What `httpinspect explain range/unknown-accept-ranges-unit` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Reports (info) each Accept-Ranges member other than "bytes" or "none" (case-insensitive), and an empty Accept-Ranges.',
  breaks: [{ client: 'browsers (media seeking) and download managers', effect: 'do not recognise range support and fall back to full downloads.' }],
  fixes: {
    express: 'express.static sends `Accept-Ranges: bytes` (option `acceptRanges`); by hand `res.set("Accept-Ranges", "bytes")`.',
    fastify: '@fastify/static sends `Accept-Ranges: bytes`; by hand use exactly that value.',
    django: '`response["Accept-Ranges"] = "bytes"` only if you really serve ranges.',
    fastapi: 'Starlette\'s FileResponse sets `accept-ranges: bytes`; by hand use that value.',
    spring: 'Resource handling sets `Accept-Ranges: bytes`; do not write other values.',
    go: '`http.ServeContent` sets `Accept-Ranges: bytes`.',
  },
  related: ['206', 'range/invalid-content-range'],
});
