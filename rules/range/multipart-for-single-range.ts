import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { mediaTypeOf } from '../../src/http/content';
import { requestHeadersUnknown, requestFields } from '../../src/engine/pairedRequest';
import { requestedRangeCount } from './_ranges';

export default defineRule({
  meta: {
    id: 'range/multipart-for-single-range',
    category: 'range',
    severity: 'error',
    title: 'multipart/byteranges answering a request for a single range',
    ref: { label: 'RFC 9110 §15.3.7.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7.2' },
    why: 'A server MUST NOT send a multipart response to a request for a single range (RFC 9110 §15.3.7.2): a client that asked for one range may not support multipart at all, and will write the multipart boundaries and part headers into the file it is resuming.',
    fix: 'Answer a single-range request with a single-part 206: the bytes as the content, `Content-Range: bytes <first>-<last>/<length>` in the header section, and the representation\'s own Content-Type.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || res.status !== 206 || mediaTypeOf(res)?.essence !== 'multipart/byteranges') return [];
    const unknown = requestHeadersUnknown(exchange);
    if (unknown) return context.notEvaluated(unknown);
    if (requestedRangeCount(exchange) !== 1) return [];
    const range = requestFields(exchange, 'range')[0]!;
    const ct = headerNamed(res.headers, 'content-type')!;
    return [
      {
        message: `206 answers the single range "${range.value.slice(0, 60)}" with multipart/byteranges: clients that asked for one range expect a single part`,
        evidence: `${headerEvidence(ct)}; the request had ${range.raw.slice(0, 80)}`,
        location: headerLocation(ct),
      },
    ];
  },
});
