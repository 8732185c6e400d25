import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';
import { mediaTypeOf } from '../../src/http/content';

// A multipart/byteranges 206 carries a Content-Range in each part instead of in the header section.
export default defineRule({
  meta: {
    id: 'status/206-without-content-range',
    category: 'status',
    severity: 'error',
    title: 'Single-part 206 Partial Content without Content-Range',
    ref: { label: 'RFC 9110 §15.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7' },
    why: 'A single-part 206 MUST carry Content-Range saying which bytes it holds. Without it a client cannot place the bytes: download managers, video players (Range requests for seeking) and resumable downloads (curl -C -, wget -c) corrupt the file or fail.',
    fix: 'Send `Content-Range: bytes <first>-<last>/<complete-length>` with every single-part 206 (e.g. `Content-Range: bytes 0-499/1234`), or a multipart/byteranges body with a Content-Range per part; if the range is ignored, answer 200 with the whole representation.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 206 || headerNamed(res.headers, 'content-range')) return [];
    if (mediaTypeOf(res)?.essence === 'multipart/byteranges') return [];
    const ct = headerNamed(res.headers, 'content-type');
    return [
      {
        message: '206 Partial Content without Content-Range (and not multipart/byteranges): the client cannot tell which bytes it got',
        evidence: `${statusLineEvidence(res)}; no Content-Range${ct ? `; ${ct.raw} at byte ${ct.offset}` : ''}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
