// Fields whose value is a list of media types (Accept-Patch, Accept-Post). Not a rule.
import type { RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed, type Exchange } from '../../src/exchange';
import { splitList } from '../../src/http/cacheControl';
import { parseMediaType } from '../../src/http/mediaType';

/** One finding per line that is not a comma-separated list of media types (`nonEmpty`: the list needs one). */
export function mediaTypeListFindings(exchange: Exchange, field: string, nonEmpty: boolean): RuleFinding[] {
  const res = exchange.response;
  if (!res) return [];
  const findings: RuleFinding[] = [];
  const lines = headersNamed(res.headers, field);
  for (const header of lines) {
    const { elements, unterminated } = splitList(header.value);
    let problem: string | undefined = unterminated === undefined ? undefined : `a quoted string is not terminated (${unterminated})`;
    for (const element of elements) {
      if (problem) break;
      if (element === '') continue; // empty list elements are allowed (RFC 9110 §5.6.1)
      const parsed = parseMediaType(element);
      if (!parsed.ok) problem = `"${element}" is not a media type: ${parsed.reason}`;
    }
    if (!problem && nonEmpty && lines.every((h) => splitList(h.value).elements.every((e) => e === ''))) {
      problem = 'the list is empty; it must name at least one media type';
    }
    if (problem) findings.push({ message: `${header.name}: ${problem}`, evidence: headerEvidence(header), location: headerLocation(header) });
  }
  return findings;
}
