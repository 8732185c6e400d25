import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { isToken } from '../../src/http/token';

// Accept-Ranges = 1#range-unit (RFC 9110 §14.3). The IANA range unit registry holds "bytes" and "none"
// (the latter reserved to say "no ranges"); unit names compare case-insensitively.
const KNOWN = new Set(['bytes', 'none']);

export default defineRule({
  meta: {
    id: 'range/unknown-accept-ranges-unit',
    category: 'range',
    severity: 'info',
    title: 'Accept-Ranges names an unknown range unit',
    ref: { label: 'RFC 9110 §14.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.3' },
    why: 'Clients only know the "bytes" unit (and "none", which says ranges are not supported). An unknown unit, often a typo such as "byte" or "true", tells them nothing: they will not resume downloads or seek in media with range requests.',
    fix: 'Send `Accept-Ranges: bytes` if the resource supports byte-range requests, `Accept-Ranges: none` if it does not (or omit the header).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'accept-ranges')) {
      const units = h.value.split(',').map((u) => u.trim()).filter((u) => u !== '');
      const odd = units.filter((u) => !KNOWN.has(u.toLowerCase()));
      if (units.length === 0) odd.push('');
      for (const unit of odd) {
        findings.push({
          message: unit === ''
            ? 'Accept-Ranges is empty: it must name a range unit ("bytes" or "none")'
            : isToken(unit)
              ? `Accept-Ranges names the unknown range unit "${unit.slice(0, 40)}": clients only know "bytes" (and "none")`
              : `Accept-Ranges "${unit.slice(0, 40)}" is not a range unit (a token such as "bytes")`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
        });
      }
    }
    return findings;
  },
});
