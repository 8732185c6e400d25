import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { combineFieldLines, parseItem } from '../../src/http/structuredFields';

/** COOP and COEP are structured-field tokens (HTML); a value that does not parse is headers/invalid-structured-field. */
const TOKENS: ReadonlyArray<[string, readonly string[]]> = [
  ['Cross-Origin-Opener-Policy', ['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none']],
  ['Cross-Origin-Opener-Policy-Report-Only', ['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none']],
  ['Cross-Origin-Embedder-Policy', ['require-corp', 'credentialless', 'unsafe-none']],
  ['Cross-Origin-Embedder-Policy-Report-Only', ['require-corp', 'credentialless', 'unsafe-none']],
];
/** CORP is a plain, case-sensitive value (Fetch §CORP), not a structured field. */
const CORP = ['same-origin', 'same-site', 'cross-origin'];

export default defineRule({
  meta: {
    id: 'security/invalid-cross-origin-policy',
    category: 'security',
    severity: 'error',
    title: 'A Cross-Origin-*-Policy header has a value browsers do not know',
    ref: { label: 'HTML §Cross-Origin-Opener-Policy', url: 'https://html.spec.whatwg.org/multipage/browsers.html#the-coop-headers' },
    why: 'Browsers ignore a Cross-Origin-Opener-Policy, -Embedder-Policy or -Resource-Policy whose value is not one of the defined ones (values are case-sensitive), so the page is not isolated (no SharedArrayBuffer, exposed to cross-window attacks) or the resource stays readable cross-origin.',
    fix: 'Use the exact lower-case values: COOP same-origin | same-origin-allow-popups | noopener-allow-popups | unsafe-none; COEP require-corp | credentialless | unsafe-none; CORP same-origin | same-site | cross-origin.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const [name, known] of TOKENS) {
      const lines = headersNamed(res.headers, name);
      if (lines.length === 0) continue;
      const parsed = parseItem(combineFieldLines(lines.map((h) => h.value)));
      if (!parsed.ok) continue;
      const bare = parsed.value.bare;
      if (bare.type === 'token' && known.includes(bare.value)) continue;
      const shown = bare.type === 'token' ? bare.value : lines[0]!.value;
      findings.push({
        message: `${name} "${shown}" is not one of ${known.join(', ')}; browsers ignore it`,
        evidence: headerEvidence(lines[0]!),
        location: headerLocation(lines[0]!),
      });
    }
    const corp = headersNamed(res.headers, 'Cross-Origin-Resource-Policy');
    if (corp.length > 0) {
      const value = combineFieldLines(corp.map((h) => h.value));
      if (!CORP.includes(value)) {
        findings.push({
          message: `Cross-Origin-Resource-Policy "${value}" is not exactly same-origin, same-site or cross-origin; browsers ignore it`,
          evidence: corp.map(headerEvidence).join('; '),
          location: headerLocation(corp[0]!),
        });
      }
    }
    return findings;
  },
});
