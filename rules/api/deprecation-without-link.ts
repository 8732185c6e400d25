import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseLink, relationTypes } from '../../src/http/link';
import { RFC9745, field } from './_api';

export default defineRule({
  meta: {
    id: 'api/deprecation-without-link',
    category: 'api',
    severity: 'info',
    title: 'Deprecation without a Link rel="deprecation"',
    ref: { label: 'RFC 9745 §3', url: `${RFC9745}#section-3` },
    why: 'A Deprecation field says that the resource is deprecated but not what to do about it; a `deprecation` link points client developers (and tools that surface the warning) to the migration notes.',
    fix: 'Add `Link: <https://developer.example.com/deprecation>; rel="deprecation"; type="text/html"` next to Deprecation.',
  },
  check(exchange) {
    const res = exchange.response;
    const deprecation = field(exchange, 'deprecation');
    if (!res || !deprecation) return [];
    const linked = headersNamed(res.headers, 'link').some((h) => parseLink(h.value).links.some((l) => relationTypes(l).includes('deprecation')));
    if (linked) return [];
    return [{ message: 'Deprecation is sent without a Link whose rel is "deprecation": clients learn that, not what to migrate to', evidence: headerEvidence(deprecation), location: headerLocation(deprecation) }];
  },
});
