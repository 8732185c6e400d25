import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';

export default defineRule({
  meta: {
    id: 'headers/invalid-date',
    category: 'headers',
    severity: 'error',
    title: 'Date is not an IMF-fixdate',
    ref: { label: 'RFC 9110 §5.6.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7' },
    why: 'Caches compute the age and freshness of the response from Date; a value they cannot parse is ignored (age and Expires arithmetic go wrong), and the obsolete rfc850/asctime formats are read inconsistently (two-digit years).',
    fix: 'Send Date as an IMF-fixdate in GMT: `Date: Sun, 06 Nov 1994 08:49:37 GMT` (e.g. JavaScript `new Date().toUTCString()`, Python `email.utils.formatdate(usegmt=True)`).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'date')) {
      const parsed = parseHttpDate(h.value);
      if (parsed.ok && parsed.format === 'imf-fixdate') continue;
      if (parsed.ok) {
        findings.push({
          message: `Date uses the obsolete ${parsed.format === 'rfc850' ? 'RFC 850' : 'asctime'} format; senders must generate an IMF-fixdate (${parsed.date.toUTCString()})`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
          severity: 'warning',
        });
      } else {
        findings.push({
          message: `Date ${h.value === '' ? '(empty)' : `"${h.value.slice(0, 100)}"`} is not an HTTP-date: ${parsed.reason}`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
        });
      }
    }
    return findings;
  },
});
