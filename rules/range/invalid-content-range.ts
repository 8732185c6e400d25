import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseContentRange } from '../../src/http/contentRange';

// A comma list of valid values on one line is headers/duplicate-singleton's; each member is judged here.
export default defineRule({
  meta: {
    id: 'range/invalid-content-range',
    category: 'range',
    severity: 'error',
    title: 'Content-Range is malformed',
    ref: { label: 'RFC 9110 §14.4', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.4' },
    why: 'Clients place partial content by its Content-Range. A malformed or impossible value (no unit, "bytes=" instead of a space, a last position before the first or past the complete length) cannot be placed: download managers, video players and resuming downloads (curl -C -, browsers) fail, or write bytes at the wrong offset and corrupt the file.',
    fix: 'Send `Content-Range: bytes <first>-<last>/<complete-length>` with 0-based inclusive positions (`bytes 0-499/1234` for the first 500 bytes), `bytes <first>-<last>/*` when the length is unknown, and `bytes */<complete-length>` on a 416.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'content-range')) {
      const members = h.value.includes(',') ? h.value.split(',').map((m) => m.trim()).filter((m) => m !== '') : [h.value];
      for (const member of members.length > 0 ? members : ['']) {
        const parsed = parseContentRange(member);
        if (parsed.ok) continue;
        findings.push({
          message: `Content-Range ${member === '' ? '(empty)' : `"${member.slice(0, 80)}"`} is invalid: ${parsed.reason}`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
        });
      }
    }
    return findings;
  },
});
