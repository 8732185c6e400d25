import { defineRule } from '../../src/engine/rule';
import { headerLocation } from '../../src/engine/evidence';
import { cspPolicies, directiveEvidence } from './_csp';

export default defineRule({
  meta: {
    id: 'security/csp-duplicate-directive',
    category: 'security',
    severity: 'warning',
    title: 'A Content-Security-Policy directive is repeated in one policy',
    ref: { label: 'CSP3: parse a serialized policy', url: 'https://www.w3.org/TR/CSP3/#parse-serialized-policy' },
    why: 'Browsers keep the first occurrence of a directive and ignore the later ones, so sources added in a second `script-src` (often by a second middleware) are not allowed, and their resources are blocked.',
    fix: 'Merge the sources into one directive: `script-src \'self\' https://cdn.example`.',
  },
  check(exchange) {
    return cspPolicies(exchange).flatMap((policy) =>
      policy.duplicates.map((d) => ({
        message: `Content-Security-Policy repeats ${d.name}; browsers ignore the second one ("${d.text}")`,
        evidence: directiveEvidence(policy, d),
        location: headerLocation(policy.header),
      })),
    );
  },
});
