import { defineRule } from '../../src/engine/rule';
import { bytesEvidence } from '../../src/engine/evidence';
import { decodedContentOf, contentCodingsOf } from '../../src/http/content';
import { contentOf } from '../../src/exchange';
import { parseEntityTag, weakMatch } from '../../src/http/entityTag';
import { identityOf } from './_encoding';
import { failedReason, skippedReason, valueOf } from './_probe';

export default defineRule({
  meta: {
    id: 'probe/encoding-changes-content',
    category: 'probe',
    severity: 'error',
    title: 'The compressed response decodes to other content than the uncompressed one',
    ref: { label: 'RFC 9110 §8.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.4' },
    why: 'A content coding is a lossless transformation of one representation: clients that ask for gzip or br and get something that decodes to different bytes see another document than clients that do not (truncated files, double-encoded or stale variants from a cache).',
    fix: 'Compress the exact bytes the uncompressed response sends (and flush the compressor at the end); check caching layers that might store one variant under the other\'s key.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'encoding', ['Accept-Encoding']);
    if (skipped) return context.notEvaluated(skipped);
    if (exchange.probe?.name !== 'encoding') return [];
    const failed = failedReason(exchange);
    if (failed) return context.notEvaluated(failed);
    const res = exchange.response!;
    const codings = contentCodingsOf(res);
    if (codings.length === 0 || res.status !== 200) return [];
    const identityExchange = identityOf(context, exchange.probe.of);
    const identity = identityExchange?.response;
    if (!identityExchange || !identity || identity.status !== 200 || contentCodingsOf(identity).length > 0) return [];
    const decoded = decodedContentOf(exchange, context.maxBody);
    if (!decoded.ok) return context.notEvaluated(`the ${codings.join(', ')} body could not be decoded here: ${decoded.reason}`);
    const plain = contentOf(identityExchange);
    if (decoded.bytes.equals(plain)) return [];
    // Without a shared validator the two may simply be two moments of a dynamic resource: no accusation then.
    if (!sameRepresentation(identity.headers, res.headers)) {
      return context.notEvaluated('the decoded content differs, but no shared ETag or Last-Modified shows the two responses are the same representation (the resource may be dynamic)');
    }
    return [
      {
        message: `the ${codings.join(', ')} body decodes to ${decoded.bytes.length} bytes that differ from the ${plain.length}-byte identity body`,
        evidence: `decoded: ${bytesEvidence(decoded.bytes)}; identity: ${bytesEvidence(plain)}`,
        location: { part: 'body', offset: res.body.offset },
      },
    ];
  },
});

function sameRepresentation(a: Parameters<typeof valueOf>[0], b: Parameters<typeof valueOf>[0]): boolean {
  const tagA = valueOf(a, 'etag');
  const tagB = valueOf(b, 'etag');
  if (tagA !== undefined && tagB !== undefined) {
    const x = parseEntityTag(tagA);
    const y = parseEntityTag(tagB);
    if (x.ok && y.ok && weakMatch(x.tag, y.tag)) return true;
  }
  const modifiedA = valueOf(a, 'last-modified');
  return modifiedA !== undefined && modifiedA === valueOf(b, 'last-modified');
}
