import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

export default defineRule({
  meta: {
    id: 'security/invalid-x-content-type-options',
    category: 'security',
    severity: 'error',
    title: 'X-Content-Type-Options has a value other than nosniff',
    ref: { label: 'Fetch §X-Content-Type-Options', url: 'https://fetch.spec.whatwg.org/#x-content-type-options-header' },
    why: 'Browsers honour X-Content-Type-Options only when its first value is `nosniff` (case-insensitive); anything else (`no-sniff`, `nosniff;`, `true`) is ignored, so MIME sniffing stays on and a mislabelled upload can run as script or HTML.',
    fix: 'Send exactly `X-Content-Type-Options: nosniff`.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const lines = headersNamed(res.headers, 'X-Content-Type-Options');
    if (lines.length === 0) return [];
    // Fetch's "determine nosniff": the first value of the combined, comma-split field.
    const first = lines.map((h) => h.value).join(',').split(',')[0]!.trim();
    if (first.toLowerCase() === 'nosniff') return [];
    return [
      {
        message: first === '' ? 'X-Content-Type-Options is empty; only `nosniff` turns off MIME sniffing' : `X-Content-Type-Options "${first}" is not \`nosniff\`; browsers ignore it and keep sniffing`,
        evidence: headerEvidence(lines[0]!),
        location: headerLocation(lines[0]!),
      },
    ];
  },
});
