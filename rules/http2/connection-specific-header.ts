import { defineRule } from '../../src/engine/rule';
import { CONNECTION_SPECIFIC } from '../../src/http2/request';
import { RFC9113, fieldFinding, judgedBlocks } from './_h2';

// Connection, Keep-Alive, Proxy-Connection, Transfer-Encoding and Upgrade mean nothing in HTTP/2 and make the
// message malformed (§8.2.2). Checked in every block of the response: interim, final, trailers.
export default defineRule({
  meta: {
    id: 'http2/connection-specific-header',
    category: 'http2',
    severity: 'error',
    title: 'connection-specific header field in an HTTP/2 response',
    ref: RFC9113('8.2.2'),
    why: 'HTTP/2 forbids Connection, Keep-Alive, Proxy-Connection, Transfer-Encoding and Upgrade: a client must treat the response as malformed. curl fails with error 92 (HTTP/2 stream was not closed cleanly: PROTOCOL_ERROR), Node with ERR_HTTP2_STREAM_ERROR, and browsers show a network error — for a response the server thought was fine.',
    fix: 'Do not set these fields by hand (e.g. nginx `add_header Connection "close"` or `add_header Transfer-Encoding`, an app writing `Connection: keep-alive`); servers add what HTTP/1.1 needs themselves and drop it on HTTP/2.',
  },
  check(exchange) {
    return judgedBlocks(exchange).flatMap((block) =>
      block.fields
        .filter((f) => CONNECTION_SPECIFIC.includes(f.name.toLowerCase()))
        .map((f) => fieldFinding(`the response carries the connection-specific field "${f.name}", which HTTP/2 forbids`, f, block)),
    );
  },
});
