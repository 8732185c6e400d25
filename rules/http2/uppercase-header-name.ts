import { defineRule } from '../../src/engine/rule';
import { RFC9113, fieldFinding, judgedBlocks } from './_h2';

// HTTP/1.1 field names are case-insensitive; HTTP/2 requires them lowercase on the wire (§8.2.1).
export default defineRule({
  meta: {
    id: 'http2/uppercase-header-name',
    category: 'http2',
    severity: 'error',
    title: 'uppercase letters in an HTTP/2 field name',
    ref: RFC9113('8.2.1'),
    why: 'A field name with uppercase characters makes an HTTP/2 message malformed. node:http2 and undici reject the whole response (status and headers lost), nghttp2-based curl fails the transfer, and browsers show a network error.',
    fix: 'Lowercase field names before encoding them; a proxy or HPACK encoder that copies HTTP/1.1 names as written (Content-Type) must lowercase them for HTTP/2.',
  },
  check(exchange) {
    return judgedBlocks(exchange).flatMap((block) =>
      block.fields.filter((f) => /[A-Z]/.test(f.name)).map((f) => fieldFinding(`field name "${f.name}" has uppercase letters`, f, block)),
    );
  },
});
