import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerLocation, printable } from '../../src/engine/evidence';

// Fields whose own syntax rule already rejects any non-ASCII byte (a URI, a media type token, an HTTP-date, a
// number): one problem, one finding.
const REPORTED_ELSEWHERE = new Set(['location', 'content-type', 'date', 'expires', 'last-modified', 'content-length']);

export default defineRule({
  meta: {
    id: 'headers/non-ascii-value',
    category: 'headers',
    severity: 'warning',
    title: 'a header field value holds non-ASCII bytes (obs-text)',
    ref: { label: 'RFC 9110 §5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.5' },
    why: 'Bytes 0x80–0xFF in a field value (obs-text) have no defined charset: browsers and Fetch read them as Latin-1, Node and Go pass them through, Python decodes them as Latin-1, and some proxies reject the response, so a UTF-8 "é" arrives as "Ã©" or not at all.',
    fix: 'Keep field values ASCII: percent-encode URIs in Location and Link, use `filename*=UTF-8\'\'…` in Content-Disposition, and encode other text (RFC 8187 or base64) before putting it in a header.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const [part, headers] of [['header', res.headers], ['trailer', res.trailers]] as const) {
      for (const h of headers) {
        if (REPORTED_ELSEWHERE.has(h.name.toLowerCase())) continue;
        const first = h.raw.search(/[\x80-\xff]/);
        if (first < 0) continue;
        const bytes = Buffer.from(h.raw, 'latin1');
        const count = bytes.filter((b) => b >= 0x80).length;
        // The first run of non-ASCII bytes, and what it reads as in UTF-8 when that is what it is.
        let end = first;
        while (end < bytes.length && bytes[end]! >= 0x80 && end - first < 16) end++;
        const run = bytes.subarray(first, end);
        const hex = [...run].map((b) => b.toString(16).padStart(2, '0')).join(' ');
        const utf8 = run.toString('utf8');
        const reading = Buffer.from(utf8, 'utf8').equals(run) ? `UTF-8 for "${utf8}"` : `"${run.toString('latin1')}" in Latin-1`;
        findings.push({
          message: `${h.name} holds ${count} non-ASCII byte${count === 1 ? '' : 's'}; the first run, ${hex} (${reading}), at byte ${h.offset + first}: recipients disagree on what they mean`,
          evidence: `${printable(h.raw, 120)} at byte ${h.offset}`,
          location: { ...headerLocation(h, part), offset: h.offset + first },
        });
      }
    }
    return findings;
  },
});
