import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseContentRange } from '../../src/http/contentRange';

export default defineRule({
  meta: {
    id: 'range/unsatisfied-range-on-206',
    category: 'range',
    severity: 'error',
    title: '206 Partial Content with the unsatisfied form `*/length`',
    ref: { label: 'RFC 9110 §15.3.7', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7' },
    why: 'A single-part 206 MUST say which range it encloses (`bytes 0-499/1234`); `*/1234` is the form that says no range was satisfied, which belongs on a 416. Clients cannot place the enclosed bytes and either fail the download or append them at a wrong offset.',
    fix: 'On a 206, send the enclosed range: `Content-Range: bytes <first>-<last>/<length>`; when no requested range can be satisfied, answer 416 with `Content-Range: bytes */<length>`.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 206) return [];
    const findings: RuleFinding[] = [];
    for (const h of headersNamed(res.headers, 'content-range')) {
      const parsed = parseContentRange(h.value);
      if (!parsed.ok || parsed.range.kind !== 'unsatisfied') continue;
      findings.push({
        message: `206 Partial Content with Content-Range "${h.value.slice(0, 60)}": the unsatisfied form names no enclosed range (it belongs on a 416)`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    return findings;
  },
});
