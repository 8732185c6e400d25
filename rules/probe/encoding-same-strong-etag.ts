import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headerNamed } from '../../src/exchange';
import { contentCodingsOf } from '../../src/http/content';
import { parseEntityTag, strongMatch } from '../../src/http/entityTag';
import { identityOf } from './_encoding';
import { failedReason, skippedReason } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/encoding-same-strong-etag',
    category: 'probe',
    severity: 'warning',
    title: 'The compressed and uncompressed responses share one strong ETag',
    ref: { label: 'RFC 9110 §8.8.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3' },
    why: 'A strong ETag promises byte-for-byte identity; gzip and identity bodies differ, so caches and resuming clients that combine ranges or revalidate by strong comparison mix bytes of the two (a range of the gzip body spliced into the plain file).',
    fix: 'Give each content coding its own strong ETag (e.g. append "-gzip"), or mark the shared one weak (W/"…") as nginx does for compressed responses.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'encoding', ['Accept-Encoding']);
    if (skipped) return context.notEvaluated(skipped);
    if (exchange.probe?.name !== 'encoding') return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    const identity = identityOf(context, exchange.probe.of)?.response;
    if (!identity || contentCodingsOf(res).length === 0 || contentCodingsOf(identity).length > 0) return [];
    const coded = headerNamed(res.headers, 'etag');
    const plain = headerNamed(identity.headers, 'etag');
    if (!coded || !plain) return [];
    const a = parseEntityTag(coded.value);
    const b = parseEntityTag(plain.value);
    if (!a.ok || !b.ok || !strongMatch(a.tag, b.tag)) return [];
    return [
      {
        message: `the ${contentCodingsOf(res).join(', ')} response has the same strong ETag ${coded.value} as the identity response, though their bytes differ`,
        evidence: `${headerEvidence(coded)}; identity response: ${headerEvidence(plain)}`,
        location: headerLocation(coded),
      },
    ];
  },
});
