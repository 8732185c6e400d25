import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { mediaTypeOf } from '../../src/http/content';

export default defineRule({
  meta: {
    id: 'range/content-range-on-multipart',
    category: 'range',
    severity: 'error',
    title: 'Content-Range in the header section of a multipart/byteranges 206',
    ref: { label: 'RFC 9110 §15.3.7.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7.2' },
    why: 'A multipart 206 carries one Content-Range per part; the server MUST NOT also put one in the header section (RFC 9110 §15.3.7.2). Clients that see it take the response for a single part and write the multipart body, boundaries included, at that offset.',
    fix: 'Remove Content-Range from the header section of multipart/byteranges responses; put `Content-Range: bytes <first>-<last>/<length>` in each part\'s headers.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 206 || mediaTypeOf(res)?.essence !== 'multipart/byteranges') return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'content-range')) {
      findings.push({
        message: 'a multipart/byteranges 206 carries Content-Range in its header section; it belongs in each part',
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
