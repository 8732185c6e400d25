// What `httpinspect explain status/413-without-content` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) on a 413 when the request had no content: no body bytes, no Content-Length above 0, no Transfer-Encoding, and no Content-Type / Content-Encoding. Not evaluated for a raw response without its saved request.',
  breaks: [{ client: 'upload clients and SDKs', effect: 'try to shrink or chunk content that does not exist, and report a misleading error.' }],
  fixes: {
    express: 'Body-parser limits only trigger with a body; answer oversized headers with 431 and long URLs with 414 in your own checks.',
    fastify: 'Use `bodyLimit` for content; for header or URL limits reply 431 / 414.',
    django: '`DATA_UPLOAD_MAX_MEMORY_SIZE` raises for bodies only; map other limits to 431 / 414 / 429.',
    fastapi: 'Raise 413 only from content-size checks; other limits get their own codes.',
    spring: '`MaxUploadSizeExceededException` → 413; header size limits (Tomcat `maxHttpHeaderSize`) should map to 431.',
    go: '`http.MaxBytesReader` errors → 413; `MaxHeaderBytes` overflows → 431 (net/http does this).',
  },
  related: ['413', '414', '431', 'status/415-without-content'],
});
