import { defineRule, type RuleFinding } from '../../src/engine/rule';
import { headerLocation } from '../../src/engine/evidence';
import { cspPolicies, directiveEvidence, hasKeyword } from './_csp';

export default defineRule({
  meta: {
    id: 'security/csp-unsafe-eval',
    category: 'security',
    severity: 'info',
    title: "Content-Security-Policy allows eval() ('unsafe-eval')",
    ref: { label: 'CSP3: script-src', url: 'https://www.w3.org/TR/CSP3/#directive-script-src' },
    why: "'unsafe-eval' lets eval(), new Function() and string timers run: an attacker who controls a string reaching one of them (template injection, JSONP-style code) executes script despite the policy.",
    fix: "Remove 'unsafe-eval' once nothing needs it (precompile templates, avoid eval-based libraries); WebAssembly alone needs only 'wasm-unsafe-eval'.",
  },
  check(exchange) {
    const findings: RuleFinding[] = [];
    for (const policy of cspPolicies(exchange)) {
      const d = policy.directives.get('script-src') ?? policy.directives.get('default-src');
      if (!d || !hasKeyword(d, "'unsafe-eval'")) continue;
      findings.push({
        message: `Content-Security-Policy ${d.name} allows 'unsafe-eval': strings reaching eval() or new Function() run as script`,
        evidence: directiveEvidence(policy, d),
        location: headerLocation(policy.header),
      });
    }
    return findings;
  },
});
