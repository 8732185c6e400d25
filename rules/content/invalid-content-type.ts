import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { parseMediaType, type MediaType } from '../../src/http/mediaType';
import { indexOfUnquoted } from '../../src/http/quoted';

export default defineRule({
  meta: {
    id: 'content/invalid-content-type',
    category: 'content',
    severity: 'error',
    title: 'Content-Type is not a valid media type',
    ref: { label: 'RFC 9110 §8.3.1', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3.1' },
    why: 'Clients that cannot parse Content-Type treat the body as application/octet-stream or guess: browsers sniff (or refuse a script or stylesheet), and API clients skip JSON parsing or pick a wrong charset. With several different Content-Type lines, each client picks a different one (Fetch combines them and takes the last valid type).',
    fix: 'Send exactly one Content-Type of the form `type/subtype` with `; name=value` parameters, e.g. `Content-Type: text/html; charset=utf-8` (parameter values are tokens or quoted strings; no spaces around "=").',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const lines = headersNamed(res.headers, 'content-type');
    const findings: RuleFinding[] = [];
    const valid: string[] = [];
    for (const h of lines) {
      const parsed = parseMediaType(h.value);
      if (parsed.ok) {
        valid.push(keyOf(parsed.mediaType));
        continue;
      }
      const hint = indexOfUnquoted(h.value, ',') >= 0 ? ' (a list of media types is not allowed: send one)' : '';
      findings.push({
        message: `Content-Type "${h.value}" is not a valid media type: ${parsed.reason}${hint}`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      });
    }
    // Repeating the same value is headers/duplicate-singleton's business; differing values are ambiguous content.
    if (lines.length > 1 && new Set(valid).size > 1) {
      findings.push({
        message: `${lines.length} Content-Type lines with different values (${lines.map((h) => `"${h.value}"`).join(', ')}): the media type is ambiguous`,
        evidence: lines.map(headerEvidence).join('; '),
        location: headerLocation(lines[1]!),
      });
    }
    return findings;
  },
});

/** Same media type: same essence and parameters (charset compared case-insensitively). */
function keyOf(mediaType: MediaType): string {
  const params = [...mediaType.parameters]
    .map(([name, value]) => `${name}=${name === 'charset' ? value.toLowerCase() : value}`)
    .sort();
  return [mediaType.essence, ...params].join(';');
}

