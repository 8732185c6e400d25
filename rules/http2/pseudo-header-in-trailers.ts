import { defineRule } from '../../src/engine/rule';
import { RFC9113, fieldFinding, judgedBlocks } from './_h2';

// Trailers carry no pseudo-header fields (§8.1).
export default defineRule({
  meta: {
    id: 'http2/pseudo-header-in-trailers',
    category: 'http2',
    severity: 'error',
    title: 'pseudo-header field in HTTP/2 trailers',
    ref: RFC9113('8.1'),
    why: 'Trailers must not include pseudo-header fields; a trailer block with :status is malformed, so clients reset the stream and the response that had arrived is reported as failed (gRPC clients lose the call status).',
    fix: 'Send only regular fields (e.g. grpc-status, server-timing) in the trailing HEADERS frame; never repeat :status there.',
  },
  check(exchange) {
    return judgedBlocks(exchange)
      .filter((b) => b.kind === 'trailers')
      .flatMap((block) => block.fields.filter((f) => f.name.startsWith(':')).map((f) => fieldFinding(`trailers carry the pseudo-header ${f.name}`, f, block)));
  },
});
