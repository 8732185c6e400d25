import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseContentRange } from '../../src/http/contentRange';
import { requestHeadersUnknown } from '../../src/engine/pairedRequest';
import { requestedRanges, satisfiable } from './_ranges';

// A 416 says none of the requested ranges overlaps the representation (RFC 9110 §15.5.17). Judged only when
// the request asked for one well-formed byte range and the 416 states the complete length (`bytes */N`):
// servers may reject many or overlapping ranges (§14.2), but not a single range that lies within N.
export default defineRule({
  meta: {
    id: 'range/416-for-satisfiable-range',
    category: 'range',
    severity: 'error',
    title: '416 Range Not Satisfiable for a range inside the stated length',
    ref: { label: 'RFC 9110 §14.1.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.1.1' },
    why: 'A byte range is satisfiable when its first position is below the representation\'s length (RFC 9110 §14.1.1). A 416 that states a length covering the requested range contradicts itself; resuming downloaders (curl -C -, wget -c, browsers) read a 416 as "the file is already complete" and stop with a truncated file.',
    fix: 'Answer a range that starts inside the representation with 206 and the bytes (clamping the last position to length - 1), or ignore the Range and send 200; send 416 only when the first position is at or past the length.',
  },
  check(exchange, context) {
    const res = exchange.response;
    if (!res || res.status !== 416) return [];
    // On a range probe the true length is known: probe/range-wrong-length names the real cause there.
    if (exchange.probe?.name === 'range') return [];
    const unknown = requestHeadersUnknown(exchange);
    if (unknown) return context.notEvaluated(unknown);
    const requested = requestedRanges(exchange);
    if (!requested || requested.unit !== 'bytes' || requested.specs.length !== 1) return [];
    const cr = headersNamed(res.headers, 'content-range')[0];
    if (!cr) return [];
    const parsed = parseContentRange(cr.value);
    if (!parsed.ok || parsed.range.kind !== 'unsatisfied' || parsed.range.unit.toLowerCase() !== 'bytes') return [];
    const length = parsed.range.completeLength;
    if (!satisfiable(requested.specs[0]!, length)) return [];
    return [
      {
        message: `416 Range Not Satisfiable, yet the requested ${requested.raw.slice(0, 60)} starts inside the stated length of ${length} bytes: clients will think the file is complete`,
        evidence: `${headerEvidence(cr)}; the request had ${requested.raw.slice(0, 80)}`,
        location: headerLocation(cr),
      },
    ];
  },
});
