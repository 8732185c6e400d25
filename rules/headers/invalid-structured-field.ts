import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { combineFieldLines, parseDictionary, parseItem, parseList, type Parsed } from '../../src/http/structuredFields';

type Kind = 'item' | 'list' | 'dictionary';

/**
 * Response fields whose defining spec says they are RFC 9651 structured fields, with their top-level type.
 * Left to their own rules: Permissions-Policy (security/), Deprecation (api/), CDN-Cache-Control (cache/).
 */
const FIELDS: ReadonlyArray<[string, Kind, string]> = [
  ['Accept-CH', 'list', 'RFC 8942 §3.1'],
  ['Critical-CH', 'list', 'Client Hints Reliability'],
  ['Cache-Status', 'list', 'RFC 9211 §2'],
  ['Proxy-Status', 'list', 'RFC 9209 §2'],
  ['Priority', 'dictionary', 'RFC 9218 §5'],
  ['Content-Digest', 'dictionary', 'RFC 9530 §2'],
  ['Repr-Digest', 'dictionary', 'RFC 9530 §3'],
  ['Want-Content-Digest', 'dictionary', 'RFC 9530 §4'],
  ['Want-Repr-Digest', 'dictionary', 'RFC 9530 §4'],
  ['Signature', 'dictionary', 'RFC 9421 §4.2'],
  ['Signature-Input', 'dictionary', 'RFC 9421 §4.1'],
  ['Accept-Signature', 'dictionary', 'RFC 9421 §5.1'],
  ['Link-Template', 'list', 'RFC 9652 §2'],
  ['Reporting-Endpoints', 'dictionary', 'Reporting API'],
  ['Origin-Agent-Cluster', 'item', 'HTML §origin-keyed agent clusters'],
  ['Cross-Origin-Opener-Policy', 'item', 'HTML §COOP'],
  ['Cross-Origin-Opener-Policy-Report-Only', 'item', 'HTML §COOP'],
  ['Cross-Origin-Embedder-Policy', 'item', 'HTML §COEP'],
  ['Cross-Origin-Embedder-Policy-Report-Only', 'item', 'HTML §COEP'],
];

const PARSERS: Record<Kind, (text: string) => Parsed<unknown>> = { item: parseItem, list: parseList, dictionary: parseDictionary };

export default defineRule({
  meta: {
    id: 'headers/invalid-structured-field',
    category: 'headers',
    severity: 'error',
    title: 'A structured header field does not parse',
    ref: { label: 'RFC 9651 §4.2', url: 'https://www.rfc-editor.org/rfc/rfc9651#section-4.2' },
    why: 'Fields defined as RFC 9651 structured fields (Cache-Status, Proxy-Status, Priority, Accept-CH, Cross-Origin-Opener-Policy, Content-Digest, …) are parsed strictly, and a recipient that cannot parse one ignores the whole field: the cache status, priority, client hints or isolation you sent are lost.',
    fix: 'Serialize the value by RFC 9651 (lowercase keys, `key=value` with no spaces around "=", strings in double quotes, tokens starting with a letter, byte sequences as :base64:), ideally with a structured-fields library.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const [name, kind, spec] of FIELDS) {
      const lines = headersNamed(res.headers, name);
      if (lines.length === 0) continue;
      // An Item field cannot span lines: the combined value is not an Item (RFC 9651 §4.2).
      const parsed = PARSERS[kind](combineFieldLines(lines.map((h) => h.value)));
      if (parsed.ok) continue;
      if (kind === 'item' && lines.length > 1 && lines.every((h) => PARSERS.item(h.value).ok)) {
        findings.push({
          message: `${name} is a structured item (${spec}) sent on ${lines.length} lines: combined, they no longer parse as one item, and recipients ignore the whole field`,
          evidence: lines.map(headerEvidence).join('; '),
          location: headerLocation(lines[1]!),
        });
        continue;
      }
      const at = locate(lines.map((h) => h.value), parsed.offset);
      const line = lines[at.line]!;
      findings.push({
        message: `${name} is not a valid structured ${kind} (${spec}): ${parsed.reason} at character ${at.offset}${lines.length > 1 ? ` of line ${at.line + 1}` : ''}; recipients ignore the whole field`,
        evidence: headerEvidence(line),
        location: headerLocation(line),
      });
    }
    return findings;
  },
});

/** Maps an offset in the combined value ("a, b") back to a line and an offset in its value. */
function locate(values: string[], offset: number): { line: number; offset: number } {
  let start = 0;
  for (let i = 0; i < values.length; i++) {
    const end = start + values[i]!.length;
    if (offset < end + 2 || i === values.length - 1) return { line: i, offset: Math.max(0, Math.min(offset - start, values[i]!.length)) };
    start = end + 2;
  }
  return { line: 0, offset };
}
