import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerLocation } from '../../src/engine/evidence';
import { cspPolicies, directiveEvidence, hasKeyword, hasNonceOrHash, isStrictDynamic, scriptDirectives } from './_csp';

export default defineRule({
  meta: {
    id: 'security/csp-unsafe-inline',
    category: 'security',
    severity: 'warning',
    title: "Content-Security-Policy allows inline scripts ('unsafe-inline')",
    ref: { label: 'CSP3: does a source list allow all inline behavior', url: 'https://www.w3.org/TR/CSP3/#allow-all-inline' },
    why: "With 'unsafe-inline' for scripts (and no nonce or hash, which make browsers ignore it), any injected <script> or onclick= runs: the policy no longer stops the cross-site scripting it exists for.",
    fix: "Move inline scripts to files, or give them a nonce (`script-src 'nonce-<random per response>'`) or a hash; keeping 'unsafe-inline' beside a nonce is fine as a fallback for old browsers.",
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const policy of cspPolicies(exchange)) {
      for (const d of scriptDirectives(policy)) {
        if (!hasKeyword(d, "'unsafe-inline'") || hasNonceOrHash(d) || isStrictDynamic(d)) continue;
        findings.push({
          message: `Content-Security-Policy ${d.name} allows 'unsafe-inline' without a nonce or hash: injected inline scripts run`,
          evidence: directiveEvidence(policy, d),
          location: headerLocation(policy.header),
        });
      }
    }
    return findings;
  },
});
