import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';

const TYPES = new Set(['cache', 'cookies', 'storage', 'executionContexts', 'clientHints', 'prefetchCache', 'prerenderCache', '*']);

export default defineRule({
  meta: {
    id: 'security/invalid-clear-site-data',
    category: 'security',
    severity: 'error',
    title: 'Clear-Site-Data is empty or has unquoted or unknown types',
    ref: { label: 'Clear Site Data: the header', url: 'https://www.w3.org/TR/clear-site-data/#header' },
    why: 'Clear-Site-Data types are quoted strings ("cookies", "storage", "cache"); browsers ignore unquoted or unknown types, so a logout that sends `Clear-Site-Data: cookies` leaves the session cookies and storage in place.',
    fix: 'Quote every type: `Clear-Site-Data: "cookies", "storage", "cache"` (or `"*"`).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const line of headersNamed(res.headers, 'Clear-Site-Data')) {
      const items = line.value.split(',').map((v) => v.trim()).filter((v) => v !== '');
      const at = { evidence: headerEvidence(line), location: headerLocation(line) };
      if (items.length === 0) {
        findings.push({ message: 'Clear-Site-Data is empty: nothing is cleared', ...at });
        continue;
      }
      const unquoted = items.filter((v) => !/^"[^"]*"$/.test(v));
      if (unquoted.length > 0) {
        findings.push({ message: `Clear-Site-Data types must be quoted strings: ${unquoted.join(', ')} ${unquoted.length === 1 ? 'is' : 'are'} ignored (write ${unquoted.map((v) => `"${v.replace(/"/g, '')}"`).join(', ')})`, ...at });
      }
      const unknown = items.filter((v) => /^"[^"]*"$/.test(v) && !TYPES.has(v.slice(1, -1)));
      if (unknown.length > 0) {
        findings.push({ message: `Clear-Site-Data types ${unknown.join(', ')} are not known (types are case-sensitive: "cache", "cookies", "storage", "executionContexts", "clientHints", "*"); browsers ignore them`, severity: 'warning', ...at });
      }
    }
    return findings;
  },
});
