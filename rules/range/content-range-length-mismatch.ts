import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed, headersNamed } from '../../src/exchange';
import { mediaTypeOf } from '../../src/http/content';
import { parseContentRange } from '../../src/http/contentRange';

// A single-part 206 encloses exactly last-first+1 bytes (RFC 9110 §14.4, §15.3.7.1). Judged against a valid
// Content-Length, else against the content actually received (complete messages, not HEAD). A Content-Length
// that disagrees with the bytes received is framing/content-length-mismatch's.
export default defineRule({
  meta: {
    id: 'range/content-range-length-mismatch',
    category: 'range',
    severity: 'error',
    title: '206 content length differs from its Content-Range',
    ref: { label: 'RFC 9110 §14.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.4' },
    why: 'Content-Range `bytes <first>-<last>/…` promises exactly last-first+1 bytes. When the 206 carries a different number, resuming downloaders and media players write the bytes at the announced offset and corrupt the file, or wait for bytes that never come.',
    fix: 'Send exactly the bytes the Content-Range names: Content-Length = last - first + 1 (`bytes 0-499/1234` carries 500 bytes); compute both from the same clamped range (last ≤ complete length - 1).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 206) return [];
    if (mediaTypeOf(res)?.essence === 'multipart/byteranges') return [];
    const cr = headersNamed(res.headers, 'content-range');
    if (cr.length !== 1) return [];
    const parsed = parseContentRange(cr[0]!.value);
    if (!parsed.ok || parsed.range.kind !== 'range') return [];
    const expected = parsed.range.last - parsed.range.first + 1n;
    const findings: RuleFinding[] = [];
    const cl = headerNamed(res.headers, 'content-length');
    if (cl && /^\d+$/.test(cl.value)) {
      if (BigInt(cl.value) !== expected) {
        findings.push({
          message: `Content-Range ${cr[0]!.value.slice(0, 60)} encloses ${expected} bytes, but Content-Length says ${cl.value}`,
          evidence: `${headerEvidence(cr[0]!)}; ${headerEvidence(cl)}`,
          location: headerLocation(cr[0]!),
        });
      }
      return findings;
    }
    if (cl || res.framing.kind === 'none' || !res.complete) return findings;
    if (BigInt(res.contentLength) !== expected) {
      findings.push({
        message: `Content-Range ${cr[0]!.value.slice(0, 60)} encloses ${expected} bytes, but the ${res.framing.kind === 'chunked' ? 'chunked ' : ''}content has ${res.contentLength}`,
        evidence: `${headerEvidence(cr[0]!)}; ${res.contentLength} content bytes received`,
        location: headerLocation(cr[0]!),
      });
    }
    return findings;
  },
});
