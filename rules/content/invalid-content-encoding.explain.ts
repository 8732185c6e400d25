// What `httpinspect explain content/invalid-content-encoding` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires when the body does not decode with the codings named in Content-Encoding (e.g. labelled gzip but not gzip data, or compressed twice).',
  breaks: [
    { client: 'browsers', effect: 'show ERR_CONTENT_DECODING_FAILED; the page or asset is lost.' },
    { client: 'curl --compressed', effect: 'fails with "Error while processing content unencoding".' },
    { client: 'Node fetch / axios', effect: 'reject with a zlib error ("incorrect header check").' },
  ],
  fixes: {
    express: 'Compress once: do not combine the `compression` middleware with pre-compressed bodies unless you set Content-Encoding yourself and skip the middleware for them.',
    fastify: 'Use @fastify/compress only; when sending pre-compressed files, set Content-Encoding to match the file and disable compression for that route.',
    django: 'Do not run `GZipMiddleware` on responses that are already compressed (it skips when Content-Encoding is set, so check custom code setting the header without compressing).',
    fastapi: 'Do not set `Content-Encoding` on a Response unless the bytes are compressed; GZipMiddleware compresses itself.',
    spring: 'Do not set Content-Encoding manually on already-decoded bodies proxied from upstream (strip it when your HTTP client decompresses).',
    go: 'When proxying, remember `http.Transport` transparently decompresses gzip and removes the header only when it added Accept-Encoding itself; do not copy upstream Content-Encoding onto decoded bodies.',
  },
  related: ['content/encoding-without-vary'],
});
