import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { hstsOf } from './_hsts';

export default defineRule({
  meta: {
    id: 'security/hsts-repeated',
    category: 'security',
    severity: 'warning',
    title: 'Strict-Transport-Security is sent on several lines with different values',
    ref: { label: 'RFC 6797 §8.1', url: 'https://www.rfc-editor.org/rfc/rfc6797#section-8.1' },
    why: 'A user agent processes only the first Strict-Transport-Security field (RFC 6797 §8.1), and clients that combine the lines into one value see a list that no longer parses; either way the policy you meant may not be the one applied.',
    fix: 'Set Strict-Transport-Security in one place (the app or the TLS-terminating proxy, not both), so the response carries one line.',
  },
  check(exchange) {
    const hsts = hstsOf(exchange);
    if (!hsts || hsts.all.length < 2) return [];
    const values = new Set(hsts.all.map((h) => h.value.replace(/\s+/g, ' ').toLowerCase()));
    if (values.size < 2) return [];
    return [
      {
        message: `Strict-Transport-Security appears on ${hsts.all.length} lines with different values; only the first ("${hsts.header.value}") is applied`,
        evidence: hsts.all.map(headerEvidence).join('; '),
        location: headerLocation(hsts.all[1]!),
      },
    ];
  },
});
