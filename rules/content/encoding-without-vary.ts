import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { cacheControlOf } from '../../src/http/cacheControl';
import { contentCodingsOf } from '../../src/http/content';

export default defineRule({
  meta: {
    id: 'content/encoding-without-vary',
    category: 'content',
    severity: 'warning',
    title: 'Content-coded response without Vary: Accept-Encoding',
    ref: { label: 'RFC 9110 §12.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5' },
    why: 'The coding was chosen from the request\'s Accept-Encoding, but without Vary a shared cache or CDN stores one variant for everyone: clients that did not ask for gzip or br get compressed bytes they cannot read, or everyone gets the uncompressed copy.',
    fix: 'Add `Vary: Accept-Encoding` to every response whose coding depends on Accept-Encoding (nginx: `gzip_vary on;`; Apache mod_deflate adds it).',
  },
  check(exchange) {
    const res = exchange.response;
    // Vary only matters to caches: a no-store response is never stored, and a 304 carries no content (its
    // Content-Encoding describes the stored response, whose own Vary governs the cache entry).
    if (!res || res.status === 304) return [];
    if (cacheControlOf(res.headers).directives.some((d) => d.name === 'no-store')) return [];
    const codings = contentCodingsOf(res);
    if (codings.length === 0) return [];
    const varied = headersNamed(res.headers, 'vary')
      .flatMap((h) => h.value.split(','))
      .map((v) => v.trim().toLowerCase());
    if (varied.includes('accept-encoding') || varied.includes('*')) return [];
    const header = headersNamed(res.headers, 'content-encoding').find((h) => h.value.split(',').some((c) => c.trim() !== '' && c.trim().toLowerCase() !== 'identity'))!;
    const vary = headersNamed(res.headers, 'vary');
    return [
      {
        message: `the response is content-coded (${codings.join(', ')}) but Vary does not list Accept-Encoding${vary.length > 0 ? ` (Vary: ${vary.map((h) => h.value).join(', ')})` : ''}`,
        evidence: headerEvidence(header),
        location: headerLocation(header),
      },
    ];
  },
});
