import { defineRule, type RuleFinding, type Severity } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

// RFC 9110 §15.4.5: a 304 SHOULD NOT carry representation metadata beyond Content-Location, Date, ETag,
// Vary, Cache-Control and Expires, unless it guides cache updates (Last-Modified without an ETag). A cache
// updates the stored response with the 304's fields (RFC 9111 §4.3.4), so a different Content-Encoding
// relabels stored bytes it does not describe: a warning; Content-Type and Content-Language: advice.
const FIELDS: ReadonlyArray<[string, Severity, string]> = [
  ['content-encoding', 'warning', 'a cache that merges it into its stored response may label the stored bytes with a coding they do not have'],
  ['content-type', 'info', 'a cache that merges it into its stored response may relabel it'],
  ['content-language', 'info', 'it is representation metadata a 304 should not repeat'],
];

export default defineRule({
  meta: {
    id: 'cache/metadata-on-304',
    category: 'cache',
    severity: 'warning',
    title: '304 Not Modified carries representation metadata',
    ref: { label: 'RFC 9110 §15.4.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5' },
    why: 'A 304 should only carry what updates the cached response (ETag, Date, Cache-Control, Expires, Vary, Content-Location). Caches merge its fields into the stored response (RFC 9111 §4.3.4); a Content-Encoding or Content-Type sent with the 304 (often the one the server would use for a full response, not the stored one) can relabel stored content, e.g. gzip on an identity-coded copy, which browsers then fail to decode.',
    fix: 'Send a 304 with ETag / Last-Modified, Date, Cache-Control, Expires and Vary only; let the framework strip Content-Type, Content-Encoding and Content-Language (most do when they answer a conditional request themselves).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 304) return [];
    const findings: RuleFinding[] = [];
    for (const [name, severity, effect] of FIELDS) {
      for (const h of headersNamed(res.headers, name)) {
        findings.push({
          message: `304 Not Modified carries ${h.name}: ${effect}`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
          severity,
        });
      }
    }
    return findings;
  },
});
