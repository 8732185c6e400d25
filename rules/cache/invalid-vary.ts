import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { isToken } from '../../src/http/token';
import { varyMembersOf } from './_vary';

// Vary = #( "*" / field-name ), field-name = token (RFC 9110 §12.5.5, §5.1). Empty list elements are allowed.
export default defineRule({
  meta: {
    id: 'cache/invalid-vary',
    category: 'cache',
    severity: 'warning',
    title: 'Vary lists something that is not a field name',
    ref: { label: 'RFC 9110 §12.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5' },
    why: 'A cache compares the request fields named in Vary; a member that is not a field name ("Accept Encoding", "Accept-Encoding;q=1", a quoted name) matches no request field, so caches either store a variant that no request can match or refuse to store the response, and the variation that was meant (compression, language) is not applied.',
    fix: 'List request field names separated by commas: `Vary: Accept-Encoding, Accept-Language` (no spaces inside names, no parameters, no quotes).',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const m of varyMembersOf(res)) {
      if (m.name === '*' || isToken(m.name)) continue;
      findings.push({
        message: `Vary member "${m.name.slice(0, 60)}" is not a field name${/\s/.test(m.name) ? ' (a missing comma?)' : ''}: caches cannot match it to a request field`,
        evidence: headerEvidence(m.header),
        location: headerLocation(m.header),
      });
    }
    return findings;
  },
});
