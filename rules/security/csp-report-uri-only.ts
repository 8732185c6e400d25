import { defineRule } from '../../src/engine/rule';
import { headerLocation } from '../../src/engine/evidence';
import { cspPolicies, directiveEvidence } from './_csp';

export default defineRule({
  meta: {
    id: 'security/csp-report-uri-only',
    category: 'security',
    severity: 'info',
    title: 'Content-Security-Policy uses report-uri without report-to',
    ref: { label: 'CSP3: report-uri', url: 'https://www.w3.org/TR/CSP3/#directive-report-uri' },
    why: 'report-uri is deprecated in CSP Level 3 in favour of report-to; browsers that support report-to ignore report-uri when both are present, and may drop report-uri in the future, so violation reports can stop arriving.',
    fix: 'Add a Reporting-Endpoints header and `report-to <endpoint>` beside report-uri (keep report-uri for browsers without report-to support).',
  },
  check(exchange) {
    return ['Content-Security-Policy', 'Content-Security-Policy-Report-Only'].flatMap((name) =>
      cspPolicies(exchange, name)
        .filter((p) => p.directives.has('report-uri') && !p.directives.has('report-to'))
        .map((policy) => ({
          message: `${name} reports with report-uri only; add report-to (report-uri is deprecated)`,
          evidence: directiveEvidence(policy, policy.directives.get('report-uri')!),
          location: headerLocation(policy.header),
        })),
    );
  },
});
