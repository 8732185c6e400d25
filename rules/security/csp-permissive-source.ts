import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerLocation } from '../../src/engine/evidence';
import { cspPolicies, directiveEvidence, isStrictDynamic, objectDirective, scriptDirectives, type CspDirective } from './_csp';

/** Sources that match any host: the wildcard and scheme-only sources (data: lets the page inline any script). */
const SCRIPT_ANY = new Set(['*', 'http:', 'https:', 'data:', 'http://*', 'https://*']);
const OBJECT_ANY = new Set(['*', 'http:', 'https:', 'http://*', 'https://*']);

export default defineRule({
  meta: {
    id: 'security/csp-permissive-source',
    category: 'security',
    severity: 'warning',
    title: 'Content-Security-Policy lets scripts or plugins load from any host',
    ref: { label: 'CSP3: match a URL to a source expression', url: 'https://www.w3.org/TR/CSP3/#match-url-to-source-expression' },
    why: 'A wildcard (`*`) or scheme-only source (`https:`, `http:`, `data:`) in script-src, object-src or the default-src they fall back to allows code from any host, including one the attacker owns, so an injected <script src> still runs.',
    fix: "List the hosts you load code from (or use nonces with 'strict-dynamic'), and set `object-src 'none'`.",
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const policy of cspPolicies(exchange)) {
      const report = (d: CspDirective, any: Set<string>, what: string) => {
        const wide = d.values.filter((v) => any.has(v.toLowerCase()));
        if (wide.length === 0) return;
        findings.push({
          message: `Content-Security-Policy ${d.name} allows ${what} from any host (${wide.join(' ')})`,
          evidence: directiveEvidence(policy, d),
          location: headerLocation(policy.header),
        });
      };
      // 'strict-dynamic' makes browsers ignore host and scheme sources for scripts (the recommended strict CSP).
      for (const d of scriptDirectives(policy)) if (!isStrictDynamic(d)) report(d, SCRIPT_ANY, 'scripts');
      const object = objectDirective(policy);
      if (object && !scriptDirectives(policy).includes(object)) report(object, OBJECT_ANY, 'plugins (<object>, <embed>)');
    }
    return findings;
  },
});
