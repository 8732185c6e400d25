import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { mediaTypeNameProblem, parseMediaType } from '../../src/http/mediaType';

export default defineRule({
  meta: {
    id: 'content/invalid-media-type-name',
    category: 'content',
    severity: 'warning',
    title: 'Content-Type names a media range or a type name RFC 6838 does not allow',
    ref: { label: 'RFC 6838 §4.2', url: 'https://www.rfc-editor.org/rfc/rfc6838#section-4.2' },
    why: 'Media type names are letters, digits and `! # $ & - ^ _ . +`, starting with a letter or digit. `*/*` or `text/*` are media ranges for Accept, not types: browsers treat such content as unknown (sniffing it, or blocking scripts and styles under nosniff) and API clients skip parsing it. Unregistered but well-formed names (`application/x-foo`) are fine.',
    fix: 'Send the concrete media type of the content, e.g. `application/json` or `text/html; charset=utf-8`; never echo the request\'s Accept value into Content-Type.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const header of headersNamed(res.headers, 'content-type')) {
      const parsed = parseMediaType(header.value);
      // A value that does not parse at all is content/invalid-content-type's finding.
      if (!parsed.ok) continue;
      const problem = mediaTypeNameProblem(header.value);
      if (problem) findings.push({ message: `Content-Type "${header.value}": ${problem}`, evidence: headerEvidence(header), location: headerLocation(header) });
    }
    return findings;
  },
});
