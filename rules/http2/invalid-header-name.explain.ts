// What `httpinspect explain http2/invalid-header-name` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';
import { NODE_HEADERS } from './_explain';

export default defineExplanation({
  checks: 'Fires for a regular field name that is empty or contains a character outside the token set (space, colon, control character, non-ASCII). Uppercase letters are left to http2/uppercase-header-name, pseudo-headers to http2/invalid-pseudo-header.',
  breaks: [
    { client: 'node:http2', effect: 'drops the field silently, so the application never sees it.' },
    { client: 'curl and browsers', effect: 'reject the response as malformed.' },
  ],
  fixes: {
    express: `${NODE_HEADERS}.`,
    fastify: 'Validate header names built from configuration or input before `reply.header()`; check the proxy too.',
    django: 'Use only token characters in `response[...]` keys; names built from data (user ids, file names) need sanitizing.',
    fastapi: 'Use only token characters in `response.headers[...]` keys; check middleware that copies upstream headers.',
    spring: 'Validate names passed to `setHeader`; a proxy copying backend headers may forward invalid names.',
    go: 'net/http refuses invalid names (`httpguts.ValidHeaderFieldName`); a bad name on the wire comes from a proxy or framer.',
  },
  related: ['http2/uppercase-header-name', 'framing/invalid-header-line'],
});
