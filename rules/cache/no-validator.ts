import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { headerNamed } from '../../src/exchange';
import { cacheControlOf } from '../../src/http/cacheControl';

export default defineRule({
  meta: {
    id: 'cache/no-validator',
    category: 'cache',
    severity: 'info',
    title: 'Cacheable response without ETag or Last-Modified',
    ref: { label: 'RFC 9110 §8.8', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8' },
    why: 'Without a validator a cache cannot revalidate a stale copy with a conditional request (If-None-Match / If-Modified-Since) and a cheap 304; it must download the whole response again every time it expires.',
    fix: 'Send a validator: `ETag: "<hash or version of the content>"` (most frameworks can add one automatically) and/or `Last-Modified` with the time the resource last changed.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 200 || exchange.request.method.toUpperCase() !== 'GET') return [];
    if (headerNamed(res.headers, 'etag') || headerNamed(res.headers, 'last-modified')) return [];
    // A response that is never stored has nothing to revalidate.
    if (cacheControlOf(res.headers).directives.some((d) => d.name === 'no-store')) return [];
    return [
      {
        message: '200 response to GET has neither ETag nor Last-Modified: a cache cannot revalidate it and must refetch it in full',
        evidence: `${statusLineEvidence(res)}; no ETag or Last-Modified header`,
        location: statusLineLocation(res),
      },
    ];
  },
});
