import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';

// Retry-After = HTTP-date / delay-seconds (RFC 9110 §10.2.3); delay-seconds = 1*DIGIT.
export default defineRule({
  meta: {
    id: 'status/invalid-retry-after',
    category: 'status',
    severity: 'warning',
    title: 'Retry-After is neither a number of seconds nor an HTTP-date',
    ref: { label: 'RFC 9110 §10.2.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    why: 'Clients and SDKs that honour Retry-After (browsers for 503, the AWS and Google SDKs, urllib3, Polly) ignore a value they cannot parse ("30s", "1.5", "-1", an ISO date) and fall back to their own backoff, which retries too soon or waits far too long.',
    fix: 'Send whole seconds (`Retry-After: 30`) or an IMF-fixdate (`Retry-After: Fri, 31 Dec 1999 23:59:59 GMT`).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'retry-after')) {
      if (/^\d+$/.test(h.value)) continue;
      const date = parseHttpDate(h.value);
      if (date.ok) continue;
      const shown = h.value === '' ? '(empty)' : `"${h.value.slice(0, 60)}"`;
      findings.push({
        message: /^-?\d+(\.\d+)?\s*[a-z]*$/i.test(h.value)
          ? `Retry-After ${shown} is not a whole number of seconds (digits only): clients ignore it`
          : `Retry-After ${shown} is neither a number of seconds nor an HTTP-date (${date.reason}): clients ignore it`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
