import { defineRule } from '../../src/engine/rule';
import { statusLineLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { answerEvidence, checkedOf, failedReason, isProbe, listOf, probesOf, requestHeader, skippedReason } from './_probe';
import { parseContentRange, parseSentRange } from './_range';

export default defineRule({
  meta: {
    id: 'probe/unsatisfiable-range',
    category: 'probe',
    severity: 'warning',
    title: 'A range past the end is not answered 416 with Content-Range: bytes */length',
    ref: { label: 'RFC 9110 §15.5.17', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17' },
    why: 'A client resuming a download that is already complete asks for the bytes after the end; a server that supports ranges should say 416 with the current length, or the client re-downloads, appends garbage, or loops.',
    fix: 'When every requested range starts at or past the end, answer 416 Range Not Satisfiable with Content-Range: bytes */<full length>.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'range', ['Range']);
    if (skipped) return context.notEvaluated(skipped);
    if (!isProbe(exchange, 'range')) return [];
    const sent = requestHeader(exchange, 'range');
    if (!sent || parseSentRange(sent.value)?.kind !== 'past-end') return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    const baseline = checkedOf(exchange, context)?.response;
    if (!baseline) return [];
    // Only where ranges are supported: advertised, or the in-range probe got a 206 (RFC 9110 §14.2).
    const advertised = listOf(baseline.headers, 'accept-ranges').includes('bytes');
    const honoured = probesOf(context, exchange.probe!.of, 'range').some((e) => e.response?.status === 206);
    if (!advertised && !honoured) return [];
    const header = headerNamed(res.headers, 'content-range');
    const named = header ? parseContentRange(header.value) : undefined;
    if (res.status === 416 && named && 'unsatisfied' in named) return [];
    // A 416 without a valid Content-Range at all is status/416-without-content-range's finding.
    if (res.status === 416 && !header) return [];
    return [
      {
        message:
          res.status === 416
            ? `the 416 to ${sent.raw} has ${header!.raw} instead of Content-Range: bytes */${baseline.contentLength}`
            : `${sent.raw} starts past the end of the ${baseline.contentLength}-byte body, but the server answered ${res.status} instead of 416 Range Not Satisfiable`,
        evidence: answerEvidence(sent, res),
        location: statusLineLocation(res),
      },
    ];
  },
});
