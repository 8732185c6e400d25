import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';

// Obsolete formats (rfc850, asctime) are still HTTP-dates recipients must accept, but senders MUST generate
// IMF-fixdate (RFC 9110 §5.6.7): a milder warning for those.
export default defineRule({
  meta: {
    id: 'cache/invalid-last-modified',
    category: 'cache',
    severity: 'error',
    title: 'Last-Modified is not an HTTP-date',
    ref: { label: 'RFC 9110 §8.8.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.2' },
    why: 'Caches and browsers ignore a Last-Modified they cannot parse: the response loses its validator (no If-Modified-Since revalidation, so no cheap 304s) and heuristic freshness, and clients that echo the raw value back send an If-Modified-Since the server may misread.',
    fix: 'Send the modification time as an IMF-fixdate in GMT: `Last-Modified: Tue, 15 Nov 1994 12:45:26 GMT` (JavaScript `date.toUTCString()`, Python `email.utils.formatdate(ts, usegmt=True)`, Go `http.TimeFormat`).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'last-modified')) {
      const parsed = parseHttpDate(h.value);
      const shown = h.value === '' ? '(empty)' : `"${h.value.slice(0, 80)}"`;
      if (!parsed.ok) {
        findings.push({
          message: `Last-Modified ${shown} is not an HTTP-date (${parsed.reason}): caches ignore it and lose the validator`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
        });
      } else if (parsed.format !== 'imf-fixdate') {
        findings.push({
          message: `Last-Modified ${shown} uses the obsolete ${parsed.format === 'rfc850' ? 'RFC 850' : 'asctime'} format; senders must generate IMF-fixdate`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
          severity: 'warning',
        });
      }
    }
    return findings;
  },
});
