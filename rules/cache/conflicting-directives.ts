import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { KNOWN_DIRECTIVES, cacheControlOf, deltaSecondsOf, type FieldDirective } from '../../src/http/cacheControl';

// Only real contradictions: redundant combinations that are common and harmless (Spring Security's
// `no-cache, no-store, max-age=0, must-revalidate`, PHP's `no-store, no-cache, must-revalidate`,
// `private, no-store`) say the same thing twice and are not reported.
export default defineRule({
  meta: {
    id: 'cache/conflicting-directives',
    category: 'cache',
    severity: 'warning',
    title: 'Cache-Control directives contradict each other',
    ref: { label: 'RFC 9111 §5.2', url: 'https://www.rfc-editor.org/rfc/rfc9111#section-5.2' },
    why: 'When directives contradict each other, caches resolve them differently (the most restrictive wins in some, the first in others), so the response may be stored where it must not be, or not reused where it should be.',
    fix: 'Decide on one policy and send only its directives, e.g. `Cache-Control: no-store` for never-stored responses, or `Cache-Control: public, max-age=3600` for shareable ones; send each directive once.',
  },
  check(exchange) {
    const res = exchange.response;
    if (!res) return [];
    const { directives } = cacheControlOf(res.headers);
    const first = (name: string, when: (d: FieldDirective) => boolean = () => true) =>
      directives.find((d) => d.name === name && when(d));
    const positive = (d: FieldDirective) => (deltaSecondsOf(d) ?? 0) > 0;
    const unqualified = (d: FieldDirective) => d.argument === undefined;
    const findings: RuleFinding[] = [];
    const conflict = (a: FieldDirective | undefined, b: FieldDirective | undefined, why: string) => {
      if (!a || !b) return;
      const evidence = a.header === b.header
        ? headerEvidence(a.header)
        : `${headerEvidence(a.header)}; ${headerEvidence(b.header)}`;
      findings.push({
        message: `${a.text} conflicts with ${b.text}: ${why}`,
        evidence: `${a.text} and ${b.text} in ${evidence}`,
        location: headerLocation(a.header),
      });
    };

    const noStore = first('no-store');
    if (noStore) {
      const why = 'no-store forbids storing the response, so the other directive can never apply';
      conflict(noStore, first('public'), why);
      conflict(noStore, first('max-age', positive), why);
      conflict(noStore, first('s-maxage', positive), why);
      conflict(noStore, first('immutable'), why);
      conflict(noStore, first('stale-while-revalidate', positive), why);
      conflict(noStore, first('stale-if-error', positive), why);
    }
    const priv = first('private', unqualified);
    conflict(first('public'), priv, 'the response cannot be both shareable and restricted to a private cache');
    conflict(priv, first('s-maxage'), 's-maxage only applies to shared caches, which private excludes');
    conflict(first('no-cache', unqualified), first('immutable'), 'no-cache requires revalidation on every use while immutable says never revalidate');

    // RFC 9111 §4.2.1: with several values for one directive, caches use the first or treat the response as stale.
    // Only directives with a defined meaning: an extension repeated with other values (`foo=1, foo=2`) may be a
    // list by design, and caches ignore extensions they do not know (RFC 9111 §5.2.3).
    const seen = new Map<string, FieldDirective>();
    for (const d of directives) {
      if (!KNOWN_DIRECTIVES.has(d.name)) continue;
      const earlier = seen.get(d.name);
      if (!earlier) {
        seen.set(d.name, d);
        continue;
      }
      if ((earlier.argument ?? '') !== (d.argument ?? '')) {
        conflict(earlier, d, `${d.name} is given twice with different values; caches use the first or treat the response as stale`);
      }
    }
    return findings;
  },
});
