import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { printable } from '../../src/engine/evidence';
import { RFC8288, linkEvidence, linkFieldsOf, linkLocation } from './_link';

/** Parameters that must not appear more than once in a link-value (RFC 8288 §3.3, §3.4.1). */
const SINGLE = ['rel', 'media', 'title', 'title*', 'type'];

export default defineRule({
  meta: {
    id: 'headers/link-invalid-syntax',
    category: 'headers',
    severity: 'error',
    title: 'Link header does not follow the RFC 8288 syntax',
    ref: { label: 'RFC 8288 §3', url: `${RFC8288}#section-3` },
    why: 'Link parsers (browsers reading preload and preconnect hints, API clients following rel="next" pagination) drop or misread a link whose target is not in <…>, whose parameters are not tokens or quoted strings, or that has no rel: the hint or the next page is silently lost.',
    fix: 'Write each link as `<URI>; rel="relation"` with parameters `name=token` or `name="quoted value"`, separated by ";", and links separated by ",": `Link: </style.css>; rel=preload; as=style`.',
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const field of linkFieldsOf(exchange)) {
      for (const problem of field.parsed.problems) {
        findings.push({
          message: `Link: ${problem.message}`,
          // The offending piece: from the problem to the end of its link-value.
          evidence: linkEvidence(field, field.header.value.slice(problem.offset).split(',')[0]!.trimEnd(), problem.offset),
          location: linkLocation(field, problem.offset),
          ...(problem.tolerated ? { severity: 'warning' as const } : {}),
        });
      }
      for (const link of field.parsed.links) {
        if (!link.complete) continue; // its syntax error is reported above
        const rels = link.params.filter((p) => p.name.toLowerCase() === 'rel');
        if (rels.length === 0 && !link.params.some((p) => p.name.toLowerCase() === 'rev')) {
          findings.push({
            message: `Link to <${printable(link.target, 60)}> has no rel parameter (rel is required): clients do not know what the link means`,
            evidence: linkEvidence(field, link.text, link.offset),
            location: linkLocation(field, link.offset),
          });
        }
        for (const name of SINGLE) {
          const repeated = link.params.filter((p) => p.name.toLowerCase() === name);
          if (repeated.length < 2) continue;
          findings.push({
            message: `Link to <${printable(link.target, 60)}> has ${repeated.length} ${name} parameters: parsers use the first and ignore the others`,
            evidence: linkEvidence(field, repeated[1]!.text, repeated[1]!.offset),
            location: linkLocation(field, repeated[1]!.offset),
            severity: 'warning',
          });
        }
      }
    }
    return findings;
  },
});
