// What `httpinspect explain http2/invalid-header-value` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { NODE_HEADERS } from './_explain';

export default defineExplanation({
  checks: 'Fires for a value containing NUL, CR or LF, or starting or ending with a space or tab (RFC 9113 §8.2.1). Inner spaces are fine; the HTTP/1.1 equivalent is framing/invalid-header-line.',
  breaks: [
    { client: 'node:http2', effect: 'silently drops the field.' },
    { client: 'an HTTP/1.1 hop behind a proxy', effect: 'CR/LF in a value becomes response splitting.' },
  ],
  fixes: {
    express: `${NODE_HEADERS}; trim values built from data.`,
    fastify: 'Trim and validate values passed to `reply.header()` (redirect targets, file names, user data).',
    django: 'Strip whitespace and reject control characters in values set on `HttpResponse`; Django rejects CR/LF itself, so look at the server or proxy for the rest.',
    fastapi: 'Strip values set on `response.headers`; Starlette does not trim, so " value" goes on the wire as is.',
    spring: 'Trim values passed to `setHeader`/`ResponseEntity.header`; Tomcat does not trim for you.',
    go: 'Trim values passed to `w.Header().Set`; net/http refuses CR/LF but sends surrounding whitespace.',
  },
  related: ['http2/invalid-header-name', 'framing/invalid-header-line'],
});
