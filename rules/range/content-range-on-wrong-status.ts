import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

// RFC 9110 §14.4: "only the 206 (Partial Content) and 416 (Range Not Satisfiable) status codes describe a
// meaning for Content-Range". Proxies sometimes leave it on a 200 that carries the whole representation.
export default defineRule({
  meta: {
    id: 'range/content-range-on-wrong-status',
    category: 'range',
    severity: 'warning',
    title: 'Content-Range on a status other than 206 or 416',
    ref: { label: 'RFC 9110 §14.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.4' },
    why: 'Content-Range has a meaning only in a 206 Partial Content or a 416 Range Not Satisfiable. On a 200 it contradicts the status: some clients and caches take the body for a part of the representation and splice it into a stored copy, others ignore the header, so downloads and cached copies can end up corrupted or inconsistent.',
    fix: 'Answer a satisfied range request with 206 and Content-Range; when sending the whole representation, send 200 without Content-Range (proxies that forward a 206 upstream response as a 200 must drop the header).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status === 206 || res.status === 416) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'content-range')) {
      findings.push({
        message: `a ${res.status} response carries Content-Range, which only 206 and 416 give a meaning: clients may take the content for a partial one`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
