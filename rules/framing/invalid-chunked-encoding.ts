import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { bytesEvidence } from '../../src/engine/evidence';
import { anomaliesOf, anomalyEvidence, locationAt } from './_anomaly';

export default defineRule({
  meta: {
    id: 'framing/invalid-chunked-encoding',
    category: 'framing',
    severity: 'error',
    title: 'chunked body is malformed or truncated',
    ref: { label: 'RFC 9112 §7.1', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-7.1' },
    needs: ['http1-syntax'],
    why: 'Clients find the end of a chunked body only through valid chunk-size lines, CRLFs and the final zero-size chunk. A bad size line or missing CRLF makes Node, curl and browsers abort the response ("invalid chunk size", "Parse Error"); a missing last chunk makes them report a truncated transfer, and caches refuse to store it.',
    fix: 'Let the server or framework do the chunking rather than writing chunk framing by hand; write each chunk as <hex size>CRLF<data>CRLF and finish with 0CRLF CRLF; make sure the handler ends the response instead of dropping the connection.',
  },
  check(exchange) {
    const res = exchange.response;
    const findings: RuleFinding[] = anomaliesOf(exchange, 'invalid-chunked-encoding').map((a) => ({
      message: a.detail,
      // A truncation names no bytes: say how far the body got instead.
      evidence: a.evidence === undefined && res
        ? `${anomalyEvidence(a)}, after ${res.chunks.length} chunk${res.chunks.length === 1 ? '' : 's'} (${res.contentLength} content byte${res.contentLength === 1 ? '' : 's'})`
        : anomalyEvidence(a),
      location: locationAt(exchange, a.offset) ?? { part: 'body' },
      ...(a.severity ? { severity: a.severity } : {}),
    }));
    // Bytes after the last chunk: the chunk sizes said the body ended, the server kept writing.
    const extra = exchange.extra;
    if (res?.framing.kind === 'chunked' && res.complete && extra) {
      const bytes = exchange.received.subarray(extra.offset, extra.offset + extra.length);
      const blankLines = /^[\r\n]+$/.test(bytes.toString('latin1'));
      findings.push({
        message: `${extra.length} byte${extra.length === 1 ? '' : 's'} follow the end of the chunked body (the zero-size chunk and its blank line)${blankLines ? ': only line endings, which some clients skip' : ''}`,
        evidence: `at byte ${extra.offset}: ${bytesEvidence(bytes, extra.length)}`,
        location: { part: 'extra', offset: extra.offset },
        ...(blankLines ? { severity: 'warning' as const } : {}),
      });
    }
    return findings;
  },
});
