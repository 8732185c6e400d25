import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { SPEC, cookieLabel, finding, pieceEvidence, pieceLocation, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

const PAIR_LIMIT = 4096;
const ATTRIBUTE_LIMIT = 1024;

export default defineRule({
  meta: {
    id: 'cookies/too-large',
    category: 'cookies',
    severity: 'error',
    title: 'Cookie name and value exceed 4096 bytes',
    ref: { label: 'RFC 6265bis §5.6, §5.7', url: `${SPEC}#section-5.6` },
    why: 'Browsers ignore a cookie whose name and value together are longer than 4096 bytes, and ignore any attribute whose value is longer than 1024 bytes: the state the server meant to keep is silently lost.',
    fix: 'Keep cookies small: store an identifier in the cookie and the data on the server (or split it across cookies); keep Path and Domain values short.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const { cookie } = field;
      const size = Buffer.byteLength(cookie.name, 'latin1') + Buffer.byteLength(cookie.value, 'latin1');
      if (size > PAIR_LIMIT) {
        findings.push({
          message: `${cookieLabel(cookie)} has ${size} bytes of name and value, over the ${PAIR_LIMIT}-byte limit: browsers ignore the whole cookie`,
          evidence: pieceEvidence(field, cookie.pair, cookie.pairOffset),
          location: pieceLocation(field, cookie.pairOffset),
        });
      }
      for (const attribute of cookie.attributes) {
        if (attribute.value.length <= ATTRIBUTE_LIMIT) continue;
        findings.push(
          finding(field, `${cookieLabel(cookie)} has a ${attribute.name} value of ${attribute.value.length} bytes, over the ${ATTRIBUTE_LIMIT}-byte limit: browsers ignore that attribute`, attribute, 'warning'),
        );
      }
    }
    return findings;
  },
});
