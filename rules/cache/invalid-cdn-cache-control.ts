import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { KNOWN_DIRECTIVES } from '../../src/http/cacheControl';
import { combineFieldLines, parseDictionary, type BareItem } from '../../src/http/structuredFields';

// RFC 9213 §2.1: a targeted field is a Structured Field Dictionary; a field that does not parse is ignored
// as a whole, and values must not violate the directive's type (delta-seconds → Integer; valueless
// directives → Boolean true; no-cache/private → true or a String of field names). Unknown directives may
// carry any well-formed value. Parameters are valid but ignored: on a known directive they are usually a
// directive meant to follow a ";" (`max-age=60; public`), a milder warning.
export default defineRule({
  meta: {
    id: 'cache/invalid-cdn-cache-control',
    category: 'cache',
    severity: 'error',
    title: 'CDN-Cache-Control is not a valid structured dictionary',
    ref: { label: 'RFC 9213 §2.1', url: 'https://www.rfc-editor.org/rfc/rfc9213#section-2.1' },
    why: 'CDN-Cache-Control is parsed as a Structured Field Dictionary, which is stricter than Cache-Control: uppercase names, spaces around "=", a trailing comma or a quoted number make the whole field invalid, and CDNs then ignore it entirely and fall back to Cache-Control, so the CDN-specific policy silently never applies.',
    fix: 'Write lowercase directives separated by ", ", numbers bare and strings quoted: `CDN-Cache-Control: max-age=3600, stale-while-revalidate=60` or `CDN-Cache-Control: private="set-cookie"`.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const lines = headersNamed(res.headers, 'cdn-cache-control');
    if (lines.length === 0) return [];
    const evidence = lines.map(headerEvidence).join('; ');
    const location = headerLocation(lines[0]!);
    const joined = combineFieldLines(lines.map((h) => h.value));
    const parsed = parseDictionary(joined);
    if (!parsed.ok) {
      const near = joined.slice(Math.max(0, parsed.offset - 10), parsed.offset + 10);
      const hint = habitOf(joined);
      return [
        {
          message: `CDN-Cache-Control does not parse as a structured dictionary (${parsed.reason}, near "${near}")${hint ? `; ${hint}` : ''}: CDNs ignore the whole field`,
          evidence,
          location,
        },
      ];
    }
    const findings: RuleFinding[] = [];
    for (const [name, member] of parsed.value) {
      const kind = KNOWN_DIRECTIVES.get(name);
      if (kind === undefined) continue;
      const item = member.kind === 'item' ? member.bare : undefined;
      const problem = typeProblem(kind, item);
      if (problem) findings.push({ message: `CDN-Cache-Control ${name}: ${problem}; CDNs ignore the directive`, evidence, location });
      if (member.params.size > 0) {
        // Valid syntax, but caches ignore parameters (RFC 9213 §2.1): `max-age=60; public` loses "public".
        findings.push({
          message: `CDN-Cache-Control ${name} carries the parameter ${[...member.params.keys()].map((k) => `";${k}"`).join(', ')}, which CDNs ignore: directives are separated by ",", not ";"`,
          evidence,
          location,
          severity: 'warning',
        });
      }
    }
    return findings;
  },
});

// Cache-Control habits that Structured Fields reject, named so the fix is obvious.
function habitOf(value: string): string | undefined {
  if (/[ \t]=|=[ \t]/.test(value)) return 'no whitespace is allowed around "="';
  if (/(^|,)[ \t]*[a-z0-9_.*-]*[A-Z]/.test(value)) return 'directive names must be lowercase';
  if (/,[ \t]*$/.test(value)) return 'a trailing comma is not allowed';
  if (/;/.test(value) && !/"[^"]*;[^"]*"/.test(value)) return 'directives are separated by commas (";" starts a parameter)';
  return undefined;
}

function typeProblem(kind: string, item: BareItem | undefined): string | undefined {
  if (item === undefined) return 'an inner list is not a valid value';
  switch (kind) {
    case 'delta-seconds':
    case 'optional-delta-seconds':
      if (item.type === 'boolean' && item.value && kind === 'optional-delta-seconds') return undefined;
      if (item.type !== 'integer') return `needs a bare integer number of seconds, not ${describe(item)}`;
      if (item.value < 0) return 'needs a non-negative number of seconds';
      return undefined;
    case 'none':
      return item.type === 'boolean' && item.value ? undefined : `takes no value, not ${describe(item)}`;
    case 'optional-field-names':
      if ((item.type === 'boolean' && item.value) || item.type === 'string') return undefined;
      return `takes no value or a quoted list of field names, not ${describe(item)}`;
    default:
      return undefined;
  }
}

function describe(item: BareItem): string {
  switch (item.type) {
    case 'string':
      return `the string "${item.value.slice(0, 40)}"`;
    case 'boolean':
      return item.value ? 'a boolean' : 'the boolean ?0';
    case 'token':
      return `the token ${item.value.slice(0, 40)}`;
    default:
      return `a ${item.type} (${String(item.value).slice(0, 40)})`;
  }
}
