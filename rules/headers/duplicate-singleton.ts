import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { splitUnquoted } from '../../src/http/quoted';

/**
 * Fields whose grammar is a single value (not a #list), so they must appear once (RFC 9110 §5.3).
 * `comma` says how a comma list on one line is recognised:
 * - 'never': the value may legitimately contain commas (dates, URIs, product comments), so only repeated lines count;
 * - 'unquoted': a comma outside a quoted string is a list (media type parameters and entity-tags may quote commas);
 * - 'any': any comma is a list.
 * Content-Length (framing rules) and Access-Control-Allow-Origin (cors rules) are left to their own rules.
 */
const SINGLETONS: ReadonlyArray<[string, 'never' | 'unquoted' | 'any']> = [
  ['Age', 'any'],
  ['Content-Location', 'never'],
  ['Content-Range', 'any'],
  ['Content-Type', 'unquoted'],
  ['Date', 'never'],
  ['ETag', 'unquoted'],
  ['Expires', 'never'],
  ['Last-Modified', 'never'],
  ['Location', 'never'],
  ['Retry-After', 'never'],
  ['Server', 'never'],
];

export default defineRule({
  meta: {
    id: 'headers/duplicate-singleton',
    category: 'headers',
    severity: 'warning',
    title: 'A single-value header field is repeated',
    ref: { label: 'RFC 9110 §5.3', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.3' },
    why: 'A field whose grammar is a single value cannot be combined into a list; when it is sent twice, clients disagree on which copy wins (first, last, the comma-joined garbage, or rejecting the response), so content type, redirects or caching may differ between clients.',
    fix: 'Send the field once. Duplicates usually come from two layers (app and proxy, or two middlewares) both setting it: remove one of them, or have the proxy replace the header instead of adding it.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const [name, comma] of SINGLETONS) {
      const lines = headersNamed(res.headers, name);
      if (lines.length > 1) {
        const same = lines.every((h) => h.value === lines[0]!.value);
        findings.push({
          message: `${name} appears on ${lines.length} lines${same ? ' with the same value' : ' with different values'}; it must be sent once`,
          evidence: lines.map(headerEvidence).join('; '),
          location: headerLocation(lines[1]!),
        });
      }
      if (comma === 'never') continue;
      for (const h of lines) {
        // Empty elements ("text/html,") are a syntax error for other rules, not a second value.
        const count = (comma === 'any' ? h.value.split(',') : splitUnquoted(h.value, ',')).filter((v) => v.trim() !== '').length;
        if (count < 2) continue;
        findings.push({
          message: `${name} holds a comma-separated list of ${count} values on one line; it takes a single value`,
          evidence: headerEvidence(h),
          location: headerLocation(h),
        });
      }
    }
    return findings;
  },
});
