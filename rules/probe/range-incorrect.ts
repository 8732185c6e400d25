import { defineRule } from '../../src/engine/rule';
import { bytesEvidence, headerEvidence, headerLocation, statusLineLocation } from '../../src/engine/evidence';
import { contentOf, headerNamed } from '../../src/exchange';
import { probeAnswer, requestHeader, valueOf } from './_probe';
import { parseContentRange, parseSentRange, selected } from './_range';

export default defineRule({
  meta: {
    id: 'probe/range-incorrect',
    category: 'probe',
    severity: 'error',
    title: 'A 206 Partial Content does not hold the bytes that were asked for',
    ref: { label: 'RFC 9110 §15.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7' },
    why: 'Clients splice 206 bodies into the file they are assembling at the offset Content-Range names: a 206 with other bytes, or a Content-Range naming other bytes than were requested, silently corrupts resumed downloads and media playback.',
    fix: 'Compute the range against the same representation the 200 sends (after content coding), send exactly bytes first..last, and name them in Content-Range: bytes first-last/complete-length.',
  },
  check(exchange, context) {
    const answer = probeAnswer(exchange, context, 'range', ['Range'], [206]);
    if (!answer) return [];
    if ('notEvaluated' in answer) return context.notEvaluated(answer.notEvaluated);
    const { res, checked: baselineExchange, baseline } = answer;
    const sent = requestHeader(exchange, 'range');
    const range = sent ? parseSentRange(sent.value) : undefined;
    if (!range || !sent) return [];
    const header = headerNamed(res.headers, 'content-range');
    const named = header ? parseContentRange(header.value) : undefined;
    // A 206 without a (single, valid) Content-Range is status/206-without-content-range's finding.
    if (!header || !named || 'unsatisfied' in named) return [];
    const etag = valueOf(baseline.headers, 'etag');
    if (etag !== undefined && valueOf(res.headers, 'etag') !== undefined && valueOf(res.headers, 'etag') !== etag) {
      return context.notEvaluated('the 206 carries another ETag than the 200: the representation changed between the requests');
    }
    const full = contentOf(baselineExchange);
    const wanted = selected(range, full.length);
    if (wanted && (named.first !== wanted.first || named.last !== wanted.last)) {
      return [
        {
          message: `${sent.raw} asks for bytes ${wanted.first}-${wanted.last}, but Content-Range names bytes ${named.first}-${named.last}`,
          evidence: `sent "${sent.raw}"; got ${headerEvidence(header)}`,
          location: headerLocation(header),
        },
      ];
    }
    const body = contentOf(exchange);
    const slice = full.subarray(named.first, named.last + 1);
    if (body.equals(slice)) return [];
    const differs = firstDifference(body, slice);
    return [
      {
        message: `the 206 body is not bytes ${named.first}-${named.last} of the full body${body.length !== slice.length ? ` (${body.length} bytes instead of ${slice.length})` : ''}: it differs from byte ${differs} of the range on`,
        evidence: `206 body at byte ${res.body.offset}: ${bytesEvidence(body.subarray(differs), body.length - differs)}; the 200 had ${bytesEvidence(slice.subarray(differs), slice.length - differs)}`,
        location: body.length > 0 ? { part: 'body', offset: res.body.offset } : statusLineLocation(res),
      },
    ];
  },
});

function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}
