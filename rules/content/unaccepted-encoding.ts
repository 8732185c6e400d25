import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { acceptedCodingsOf, acceptsCoding } from '../../src/http/acceptEncoding';
import { contentCodingsOf } from '../../src/http/content';

export default defineRule({
  meta: {
    id: 'content/unaccepted-encoding',
    category: 'content',
    severity: 'error',
    title: 'response uses a content coding the request did not accept',
    ref: { label: 'RFC 9110 §12.5.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3' },
    why: 'A client lists in Accept-Encoding the codings it can undo. One that listed only gzip and receives br, or sent `Accept-Encoding: identity` and receives gzip (HTTP libraries without brotli, embedded clients, proxies that strip codings they cannot handle), gets bytes it cannot decode and saves or parses binary garbage.',
    fix: 'Pick the coding from the request\'s Accept-Encoding and send the content uncoded when none is acceptable (compression middleware does this; a pre-compressed file server or CDN configuration may not). Without Accept-Encoding, any coding is allowed.',
  },
  check(exchange) {
    const res = exchange.response;
    // A 304 describes the stored representation, not content sent now. The response to the encoding probe
    // (--probe encoding) is probe/encoding-not-requested's to judge: one problem, one finding.
    if (!res || res.status === 304 || exchange.probe?.name === 'encoding') return [];
    const codings = contentCodingsOf(res);
    if (codings.length === 0) return [];
    const accepted = acceptedCodingsOf(exchange.request.headers);
    const refused = [...new Set(codings.filter((c) => !acceptsCoding(accepted, c)))];
    if (refused.length === 0) return [];
    const header = headersNamed(res.headers, 'content-encoding').find((h) => h.value.toLowerCase().split(',').some((c) => refused.includes(c.trim())))!;
    const asked = accepted.headers.map((h) => h.value).join(', ');
    return [
      {
        message: `the response is coded with ${refused.join(', ')}, which the request's Accept-Encoding ("${asked}") does not accept`,
        evidence: `${headerEvidence(header)}; request sent ${accepted.headers.map((h) => `"${h.raw}"`).join(', ')}`,
        location: headerLocation(header),
      },
    ];
  },
});
