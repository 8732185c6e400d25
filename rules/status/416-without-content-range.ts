import { statusLineEvidence, statusLineLocation } from '../../src/engine/evidence';
import { defineRule } from '../../src/engine/rule';
import { headersNamed } from '../../src/exchange';
import { parseContentRange } from '../../src/http/contentRange';
import { TCHAR } from '../../src/http/token';

// unsatisfied-range = "*/" complete-length, after a range unit and one SP (RFC 9110 §14.4). The unit is a
// case-insensitive token: bytes in practice, but a custom unit with the right shape is not this rule's concern.
const UNSATISFIED = new RegExp(`^[${TCHAR}]+ \\*/\\d+$`);

export default defineRule({
  meta: {
    id: 'status/416-without-content-range',
    category: 'status',
    severity: 'warning',
    title: '416 Range Not Satisfiable without `Content-Range: bytes */length`',
    ref: { label: 'RFC 9110 §15.5.17', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17' },
    why: 'A 416 to a byte-range request SHOULD carry `Content-Range: bytes */<complete-length>` so the client learns the current size. Resuming downloaders (curl -C -, wget -c, browsers) use it to tell "already complete" from "file changed" and otherwise restart or fail.',
    fix: 'Send the representation\'s current length, e.g. `Content-Range: bytes */1234` (RFC 9110 §14.4).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res || res.status !== 416) return [];
    const fields = headersNamed(res.headers, 'content-range');
    if (fields.some((h) => UNSATISFIED.test(h.value))) return [];
    // A malformed value is range/invalid-content-range's; here only a well-formed range that is not `*/length`.
    if (fields.some((h) => !parseContentRange(h.value).ok)) return [];
    const bad = fields[0];
    if (bad) {
      return [
        {
          message: `416 response whose Content-Range is not of the form "bytes */<length>": "${bad.value.slice(0, 80)}"`,
          evidence: `${bad.raw} at byte ${bad.offset}`,
          location: { part: 'header', offset: bad.offset, header: bad.name },
        },
      ];
    }
    return [
      {
        message: '416 response without `Content-Range: bytes */<length>`: the client cannot learn the current length',
        evidence: `${statusLineEvidence(res)}; no Content-Range among ${res.headers.length} header lines`,
        location: statusLineLocation(res),
      },
    ];
  },
});
