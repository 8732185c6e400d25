import { defineRule } from '../../src/engine/rule';
import { missingHeaderEvidence, statusLineLocation } from '../../src/engine/evidence';
import { contentCodingsOf } from '../../src/http/content';
import { codedProbesOf, identityOf } from './_encoding';
import { failedReason, listOf, skippedReason } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/encoding-without-vary',
    category: 'probe',
    severity: 'warning',
    title: 'The response varies by Accept-Encoding, but the uncompressed one has no Vary',
    ref: { label: 'RFC 9110 §12.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5' },
    why: 'A shared cache that stores the uncompressed response without Vary: Accept-Encoding serves it to every client, and one that stores it first keys the compressed variant wrongly too: clients get bytes in a coding they did not ask for, or never get compression.',
    fix: 'Send Vary: Accept-Encoding on every response of a resource whose coding depends on Accept-Encoding — the uncompressed ones included (nginx: gzip_vary on; Express compression does it).',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'encoding', ['Accept-Encoding']);
    if (skipped) return context.notEvaluated(skipped);
    // Judged once, on the first probe that got a coded response.
    if (exchange.probe?.name !== 'encoding') return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const of = exchange.probe.of;
    const firstCoded = codedProbesOf(context, of).find((e) => e.response && contentCodingsOf(e.response).length > 0);
    if (firstCoded !== exchange) return [];
    const identity = identityOf(context, of)?.response;
    if (!identity || contentCodingsOf(identity).length > 0) return [];
    const varied = listOf(identity.headers, 'vary');
    if (varied.includes('accept-encoding') || varied.includes('*')) return [];
    const coding = contentCodingsOf(exchange.response!).join(', ');
    return [
      {
        message: `the server sends ${coding} to Accept-Encoding: ${coding} and identity otherwise, but the identity response has no Vary: Accept-Encoding`,
        evidence: `identity response: ${missingHeaderEvidence(identity, 'Vary: Accept-Encoding')}`,
        location: statusLineLocation(exchange.response!),
      },
    ];
  },
});
