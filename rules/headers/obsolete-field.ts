import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';

/** Response fields whose specifications are obsolete, and what replaced them. */
const OBSOLETE: ReadonlyMap<string, string> = new Map([
  ['warning', 'RFC 9111 obsoleted Warning (§5.5): caches no longer generate it and clients ignore it'],
  ['content-md5', 'RFC 7231 removed Content-MD5 (it was inconsistently implemented); use Repr-Digest or Content-Digest (RFC 9530)'],
  ['p3p', 'P3P was retired by the W3C in 2018 and no browser reads it any more'],
  ['expect-ct', 'Expect-CT is obsolete: Certificate Transparency is enforced by browsers for every certificate, and Chrome removed the header'],
]);

export default defineRule({
  meta: {
    id: 'headers/obsolete-field',
    category: 'headers',
    severity: 'info',
    title: 'response carries an obsolete field (Warning, Content-MD5, P3P, Expect-CT)',
    ref: { label: 'RFC 9111 §5.5', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-5.5' },
    why: 'These fields no longer do anything in current clients: they cost bytes on every response, and their presence suggests an outdated configuration whose intent (integrity checking, cache warnings, privacy policy, CT enforcement) is no longer met.',
    fix: 'Remove them from the server or proxy configuration; use Repr-Digest/Content-Digest (RFC 9530) for integrity instead of Content-MD5.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    return res.headers
      .filter((h) => OBSOLETE.has(h.name.toLowerCase()))
      .map((h) => ({
        message: `${h.name} is obsolete: ${OBSOLETE.get(h.name.toLowerCase())}`,
        evidence: headerEvidence(h),
        location: headerLocation(h),
      }));
  },
});
