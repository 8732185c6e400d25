// What `httpinspect explain framing/invalid-transfer-encoding` adds to the rule's own metadata (loaded only by explain).
import { defineExplanation } from '../../src/engine/explanation';

export default defineExplanation({
  checks: 'Fires on a Transfer-Encoding element that is not a token with optional parameters (e.g. `chunked` followed by a 0xA0 byte), a parameter on chunked (`chunked;a=b`), or chunked applied twice (`chunked, chunked`). A tab or an empty list element after chunked is valid and only noted (info), because Node misframes it.',
  breaks: [
    {
      client: 'Node/undici',
      effect: 'does not recognise chunked with a parameter, a trailing tab or a comma after it, and reads the body to close, handing the chunk framing to the application.',
    },
    {
      client: 'proxies and other clients',
      effect: 'strip or keep the odd bytes differently, so one de-chunks while another reads to close: they disagree on where the response ends (response splitting, smuggling).',
    },
  ],
  fixes: {
    express: 'Do not set Transfer-Encoding by hand: Node chunks streamed bodies itself; odd values come from a proxy or raw socket writes.',
    fastify: 'Same as Express (Node http frames the body); check `reply.hijack()` code and proxies.',
    django: 'Do not set Transfer-Encoding (a hop-by-hop header WSGI applications must not send); the server chunks streaming responses.',
    fastapi: 'Do not set Transfer-Encoding; Uvicorn chunks StreamingResponse bodies.',
    spring: 'Do not set Transfer-Encoding; the container chunks when no Content-Length is known.',
    go: 'Do not set Transfer-Encoding in the header map; net/http chunks automatically when no Content-Length is known.',
  },
  related: ['framing/chunked-not-last', 'framing/content-length-with-transfer-encoding', 'framing/invalid-chunked-encoding'],
});
