import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation, printable } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseSfDate } from '../../src/http/sfDate';
import { RFC9745 } from './_api';

export default defineRule({
  meta: {
    id: 'api/invalid-deprecation',
    category: 'api',
    severity: 'error',
    title: 'Deprecation is not a structured-field date',
    ref: { label: 'RFC 9745 §2.1', url: `${RFC9745}#section-2.1` },
    why: 'RFC 9745 clients and API gateways parse Deprecation as an RFC 9651 date ("@1688169599"); an HTTP-date or the draft-era `true` is rejected by them, so the deprecation signal never reaches the client developers it is for.',
    fix: 'Send the deprecation time as `Deprecation: @<seconds since 1970>` (e.g. `@1688169599`), with a `Link: <…>; rel="deprecation"` to the migration notes.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    const fields = headersNamed(res.headers, 'deprecation');
    if (fields.length > 1) {
      // Field lines combine into one value ("@1, @2"), which is not an Item (RFC 9651 §4.2).
      findings.push({
        message: `Deprecation is sent ${fields.length} times: its lines combine into a list, which is not the single date RFC 9745 requires`,
        evidence: fields.map((h) => headerEvidence(h)).join('; '),
        location: headerLocation(fields[1]!),
      });
    }
    for (const h of fields) {
      const parsed = parseSfDate(h.value);
      if (parsed.ok) continue;
      const obsolete = /^true$/i.test(h.value.trim());
      findings.push({
        message: obsolete
          ? 'Deprecation: true is the obsolete draft syntax: RFC 9745 clients expect a date such as "@1688169599" (use the time the deprecation took effect)'
          : `Deprecation "${printable(h.value, 60)}" is not a structured-field date: ${parsed.reason}`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
        ...(obsolete ? { severity: 'warning' as const } : {}),
      });
    }
    return findings;
  },
});
