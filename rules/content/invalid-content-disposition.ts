import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { headersNamed } from '../../src/exchange';
import { decodeExtValue, dispositionParameter, parseContentDisposition } from '../../src/http/contentDisposition';

export default defineRule({
  meta: {
    id: 'content/invalid-content-disposition',
    category: 'content',
    severity: 'error',
    title: 'Content-Disposition does not parse, or its filename* is not a valid RFC 8187 value',
    ref: { label: 'RFC 6266 §4.1', url: 'https://www.rfc-editor.org/rfc/rfc6266#section-4.1' },
    why: 'Browsers and download tools that cannot parse Content-Disposition ignore it or the broken parameter: the file is shown inline instead of downloaded, or saved under the URL\'s last segment instead of the intended name. A malformed filename* is dropped entirely (Chrome, Firefox), so non-ASCII names are lost.',
    fix: 'Send `attachment; filename="plain-ascii.pdf"; filename*=UTF-8\'\'percent-encoded-utf8.pdf`: quote plain values, never quote filename*, percent-encode every byte outside attr-char in filename*, use UTF-8, and name each parameter once.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const findings: RuleFinding[] = [];
    for (const header of headersNamed(res.headers, 'content-disposition')) {
      const parsed = parseContentDisposition(header.value);
      if (!parsed.ok) {
        // An unquoted value with spaces is read up to the next ";" by browsers, but not by every client: milder.
        findings.push({
          message: `Content-Disposition does not parse: ${parsed.reason}${parsed.unquoted ? ' (browsers read up to the next ";", stricter clients drop the parameter)' : ''}`,
          evidence: headerEvidence(header),
          location: headerLocation(header),
          ...(parsed.unquoted ? { severity: 'warning' as const } : {}),
        });
        continue;
      }
      const star = dispositionParameter(parsed.disposition, 'filename*');
      if (!star) continue;
      const ext = decodeExtValue(star.value);
      if (!ext.ok) {
        findings.push({ message: `filename* is not a valid RFC 8187 ext-value: ${ext.reason}; browsers drop it`, evidence: headerEvidence(header), location: headerLocation(header) });
      } else if (ext.charset.toLowerCase() !== 'utf-8') {
        findings.push({
          message: `filename* uses charset ${ext.charset}: RFC 8187 requires UTF-8 (ISO-8859-1 was RFC 5987's and not every client decodes it)`,
          evidence: headerEvidence(header),
          location: headerLocation(header),
          severity: 'warning',
        });
      }
    }
    return findings;
  },
});
