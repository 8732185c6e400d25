import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { contentCodingsOf } from '../../src/http/content';
import { askedCoding } from './_encoding';
import { failedReason, skippedReason } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/encoding-not-requested',
    category: 'probe',
    severity: 'error',
    title: 'The response uses a content coding the request did not accept',
    ref: { label: 'RFC 9110 §12.5.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3' },
    why: 'A client that asked only for identity (or gzip) cannot decode br or zstd: it shows compressed bytes as the document, fails to parse the JSON, or reports a decoding error.',
    fix: 'Choose the coding from the request\'s Accept-Encoding and fall back to identity when none of yours is accepted; never compress for a request that said Accept-Encoding: identity.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'encoding', ['Accept-Encoding']);
    if (skipped) return context.notEvaluated(skipped);
    if (exchange.probe?.name !== 'encoding') return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const asked = askedCoding(exchange);
    const res = exchange.response!;
    if (asked === undefined) return [];
    const unasked = contentCodingsOf(res).filter((c) => c !== asked && !(c === 'x-gzip' && asked === 'gzip'));
    if (unasked.length === 0) return [];
    const header = headersNamed(res.headers, 'content-encoding')[0]!;
    return [
      {
        message: `the request said Accept-Encoding: ${asked}, but the response is coded ${unasked.join(', ')}`,
        evidence: `sent "Accept-Encoding: ${asked}"; got ${headerEvidence(header)}`,
        location: headerLocation(header),
      },
    ];
  },
});
