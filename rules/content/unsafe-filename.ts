import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { decodeExtValue } from '../../src/http/contentDisposition';
import { dispositionsOf } from './_disposition';

export default defineRule({
  meta: {
    id: 'content/unsafe-filename',
    category: 'content',
    severity: 'warning',
    title: 'Content-Disposition filename holds path characters or percent-escapes',
    ref: { label: 'RFC 6266 Appendix D', url: 'https://www.rfc-editor.org/rfc/rfc6266#appendix-D' },
    why: 'Clients disagree on such names: browsers replace "/" and "\\" with "_" or drop the directory part, curl -J refuses the name, and some browsers percent-decode `filename` while others keep "%20" literally, so the same response saves under different names (and a naive client may write outside its download folder).',
    fix: 'Send a bare file name without directories; put non-ASCII names in `filename*=UTF-8\'\'…` (percent-encoding belongs there only) and an ASCII fallback in `filename="…"`.',
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const { header, disposition } of dispositionsOf(exchange)) {
      for (const p of disposition.parameters) {
        let name: string | undefined;
        if (p.key === 'filename') name = p.value;
        else if (p.key === 'filename*') {
          const ext = decodeExtValue(p.value);
          name = ext.ok ? ext.value : undefined;
        }
        if (name === undefined) continue;
        const problems: string[] = [];
        const path = [...new Set(name.match(/[/\\]/g) ?? [])];
        if (path.length > 0) problems.push(`the path character${path.length > 1 ? 's' : ''} ${path.map((c) => `"${c}"`).join(' and ')}`);
        const escape = p.key === 'filename' ? /%[0-9A-Fa-f]{2}/.exec(name) : null;
        if (escape) problems.push(`the percent-escape "${escape[0]}" (only filename* is percent-decoded, and not every client agrees)`);
        if (problems.length === 0) continue;
        findings.push({
          message: `${p.name} "${name}" holds ${problems.join(' and ')}: clients save it under different names`,
          evidence: headerEvidence(header),
          location: headerLocation(header),
        });
      }
    }
    return findings;
  },
});
