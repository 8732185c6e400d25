import { defineRule } from '../../src/engine/rule';
import { statusLineLocation } from '../../src/engine/evidence';
import { contentCodingsOf, mediaTypeOf } from '../../src/http/content';
import { codedProbesOf, identityOf } from './_encoding';
import { failedReason, skippedReason } from './_probe';

const MIN_SIZE = 1024;

/** Text-like types that compress well; images, video, archives and fonts are already compressed. */
export function compressible(type: string, subtype: string): boolean {
  if (type === 'text') return true;
  if (subtype.endsWith('+json') || subtype.endsWith('+xml')) return true;
  return ['application/json', 'application/javascript', 'application/xml', 'application/x-javascript', 'application/wasm', 'image/svg+xml', 'application/x-ndjson', 'application/graphql-response+json'].includes(`${type}/${subtype}`);
}

export default defineRule({
  meta: {
    id: 'probe/encoding-not-offered',
    category: 'probe',
    severity: 'info',
    title: 'A compressible response over 1 KiB is never compressed',
    ref: { label: 'RFC 9110 §12.5.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3' },
    why: 'Text, JSON, JavaScript and SVG typically shrink by 60–90% with gzip or br; sending them uncompressed to clients that accept compression costs bandwidth and time, most on slow mobile links.',
    fix: 'Enable compression for text-like types (nginx: gzip on with gzip_types and gzip_vary on; Express: compression(); Spring: server.compression.enabled=true) and send Vary: Accept-Encoding.',
  },
  check(exchange, context) {
    const skipped = skippedReason(exchange, 'encoding', ['Accept-Encoding']);
    if (skipped) return context.notEvaluated(skipped);
    if (exchange.probe?.name !== 'encoding') return [];
    const of = exchange.probe.of;
    const coded = codedProbesOf(context, of);
    // Judged once, on the last coded probe, when every coding has been asked for.
    if (coded[coded.length - 1] !== exchange) return [];
    const failedAny = coded.map(failedReason).find((r) => r !== undefined);
    if (failedAny) return context.notEvaluated(failedAny);
    if (coded.some((e) => contentCodingsOf(e.response!).length > 0)) return [];
    const identity = identityOf(context, of)?.response;
    if (!identity || identity.status !== 200 || identity.contentLength < MIN_SIZE) return [];
    const media = mediaTypeOf(identity);
    if (!media || !compressible(media.type, media.subtype)) return [];
    const asked = coded.map((e) => e.request.headers.find((h) => h.name.toLowerCase() === 'accept-encoding')?.value).join(', ');
    const res = exchange.response!;
    return [
      {
        message: `the ${identity.contentLength}-byte ${media.type}/${media.subtype} response is sent uncompressed to every Accept-Encoding asked (${asked})`,
        evidence: `Accept-Encoding: ${asked} each answered without Content-Encoding; last: status line "${res.statusLine}" at byte ${res.offset}`,
        location: statusLineLocation(res),
      },
    ];
  },
});
