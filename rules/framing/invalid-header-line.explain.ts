// What `httpinspect explain framing/invalid-header-line` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a header line without a colon, with a field name that is not a token (spaces, non-ASCII, separators), or with control characters (CR, NUL …) in its value.',
  breaks: [
    {
      client: 'Node/undici and many proxies',
      effect: 'reject the whole response ("Invalid header value char").',
    },
    {
      client: 'lenient clients',
      effect: 'drop or misread the line, so the header does not mean what the server intended; CR/LF in values enable header injection.',
    },
  ],
  fixes: {
    express: 'Node\'s http module writes the status line and headers itself and rejects invalid header names/values (ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR); an invalid line therefore comes from a proxy or hand-written output. Sanitize values taken from user input before `res.set`.',
    fastify: 'Same as Express (Node http validates header names and values).',
    django: 'Django raises `BadHeaderError` for newlines in header values; check values set by proxies or servers in front.',
    fastapi: 'Starlette encodes header values as latin-1 and the server validates them; sanitize user-provided values before putting them in headers.',
    spring: 'Containers reject or strip CR/LF in header values in recent versions; sanitize values from user input and check proxies.',
    go: 'net/http rejects invalid header field names and replaces newlines in values; invalid lines come from hijacked connections or proxies.',
  },
  related: ['framing/whitespace-before-colon', 'framing/obs-fold', 'framing/bare-lf'],
});
