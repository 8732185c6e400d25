// What `httpinspect explain content/encoding-without-vary` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires (warning) when a response has a Content-Encoding (gzip, br, zstd, deflate) but its Vary does not list Accept-Encoding (or `*`). Quiet on 304s and on `Cache-Control: no-store` responses, which no cache stores.',
  breaks: [
    {
      client: 'shared caches and CDNs',
      effect: 'store one variant for everyone: clients that did not ask for br/gzip get bytes they cannot decode, or everybody gets the uncompressed copy.',
    },
  ],
  fixes: {
    express: 'The `compression` middleware adds `Vary: Accept-Encoding`; if you compress by hand, `res.vary("Accept-Encoding")`.',
    fastify: '@fastify/compress adds Vary; by hand `reply.header("Vary", "Accept-Encoding")`.',
    django: '`GZipMiddleware` patches Vary; by hand use `django.utils.cache.patch_vary_headers(response, ["Accept-Encoding"])`.',
    fastapi: 'Starlette\'s `GZipMiddleware` adds Vary; by hand add `Vary: Accept-Encoding`.',
    spring: 'Container compression (`server.compression.enabled`) adds Vary; by hand `response.addHeader("Vary", "Accept-Encoding")`.',
    go: 'Add `w.Header().Add("Vary", "Accept-Encoding")` in your gzip handler (e.g. gorilla/handlers CompressHandler does this).',
  },
  related: ['content/invalid-content-encoding', 'cache/vary-star'],
});
