import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { RFC8288, linkEvidence, linkFieldsOf, linkLocation } from './_link';

export default defineRule({
  meta: {
    id: 'headers/link-rev',
    category: 'headers',
    severity: 'info',
    title: 'Link uses the deprecated rev parameter',
    ref: { label: 'RFC 8288 §3.3', url: `${RFC8288}#section-3.3` },
    why: 'RFC 8288 deprecates `rev` (a reverse relation): it was rarely understood, and clients that follow links ignore it, so the relation it states is effectively lost.',
    fix: 'State the relation from the context\'s side with `rel` (with an inverse relation type, e.g. rel="author" instead of rev="made"), or drop it.',
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const field of linkFieldsOf(exchange)) {
      for (const link of field.parsed.links) {
        const rev = link.params.find((p) => p.name.toLowerCase() === 'rev');
        if (!rev) continue;
        findings.push({ message: `Link uses the deprecated rev parameter (${rev.text}): clients ignore it`, evidence: linkEvidence(field, rev.text, rev.offset), location: linkLocation(field, rev.offset) });
      }
    }
    return findings;
  },
});
