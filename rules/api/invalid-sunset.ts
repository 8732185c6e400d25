import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation, printable } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseHttpDate } from '../../src/http/httpDate';
import { RFC8594 } from './_api';

export default defineRule({
  meta: {
    id: 'api/invalid-sunset',
    category: 'api',
    severity: 'error',
    title: 'Sunset is not an HTTP-date',
    ref: { label: 'RFC 8594 §3', url: `${RFC8594}#section-3` },
    why: 'Sunset carries an HTTP-date (unlike Deprecation): a timestamp, an ISO 8601 date or "@…" cannot be parsed by clients and monitoring that watch for retiring endpoints, so the shutdown date is never noticed.',
    fix: 'Send an IMF-fixdate: `Sunset: Sun, 30 Jun 2024 23:59:59 GMT` (JavaScript `date.toUTCString()`, Python `email.utils.format_datetime(dt, usegmt=True)`).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'sunset')) {
      const parsed = parseHttpDate(h.value);
      if (parsed.ok) continue;
      const hint = /^@\d+$/.test(h.value.trim()) ? ' ("@…" is the Deprecation format; Sunset uses an HTTP-date)' : '';
      findings.push({ message: `Sunset "${printable(h.value, 60)}" is not an HTTP-date: ${parsed.reason}${hint}`, evidence: headerEvidence(h), location: headerLocation(h) });
    }
    return findings;
  },
});
