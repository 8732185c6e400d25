import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { KNOWN_ATTRIBUTES } from '../../src/http/setCookie';
import { SPEC, cookieLabel, pieceEvidence, pieceLocation, setCookiesOf, STRIPPED, setCookiesStripped } from './_cookies';

const KNOWN = new Set(KNOWN_ATTRIBUTES.map((a) => a.toLowerCase()));
const CASE_INSENSITIVE_VALUES = new Set(['domain', 'samesite', 'priority']);

export default defineRule({
  meta: {
    id: 'cookies/duplicate-attribute',
    category: 'cookies',
    severity: 'warning',
    title: 'A cookie attribute is given twice',
    ref: { label: 'RFC 6265bis §4.1.1, §5.7', url: `${SPEC}#section-4.1.1` },
    why: 'Servers must not repeat an attribute in one Set-Cookie; browsers use the last one, so with two different values (Path=/; Path=/admin, two Max-Age values) the first is silently ignored and the cookie does not behave as the code that wrote the first one expects.',
    fix: 'Write each attribute once; when a framework and your code both add one (Path, SameSite, Max-Age), configure it in one place.',
  },
  check(exchange, context) {
    if (setCookiesStripped(exchange)) return context.notEvaluated(STRIPPED);
    const findings: RuleFinding[] = [];
    for (const field of setCookiesOf(exchange)) {
      const seen = new Map<string, (typeof field.cookie.attributes)[number]>();
      for (const attribute of field.cookie.attributes) {
        const name = attribute.name.toLowerCase();
        if (!KNOWN.has(name)) continue;
        const first = seen.get(name);
        if (!first) {
          seen.set(name, attribute);
          continue;
        }
        const same = CASE_INSENSITIVE_VALUES.has(name) ? first.value.toLowerCase() === attribute.value.toLowerCase() : first.value === attribute.value;
        findings.push({
          message: same
            ? `${cookieLabel(field.cookie)} repeats ${attribute.name} with the same value`
            : `${cookieLabel(field.cookie)} has ${first.text} and then ${attribute.text}: browsers use the last one`,
          evidence: `${pieceEvidence(field, first.text, first.offset)}; "${attribute.text}" at byte ${field.at(attribute.offset)}`,
          location: pieceLocation(field, attribute.offset),
          ...(same ? { severity: 'info' as const } : {}),
        });
      }
    }
    return findings;
  },
});
