import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { FEATURES, permissionsPolicyOf } from './_permissions';

export default defineRule({
  meta: {
    id: 'security/permissions-policy-unknown-feature',
    category: 'security',
    severity: 'info',
    title: 'Permissions-Policy names a feature no browser knows',
    ref: { label: 'Permissions Policy: the Permissions-Policy header', url: 'https://www.w3.org/TR/permissions-policy/#permissions-policy-http-header-field' },
    why: 'Browsers skip features they do not know (and log a console warning), so a misspelled feature (`geolocaton=()`) leaves the real one enabled, and retired ones (`interest-cohort`) only add noise.',
    fix: 'Check the feature names against the Permissions Policy feature list (e.g. `geolocation`, `camera`, `microphone`, `payment`) and remove retired ones.',
  },
  check(exchange) {
    const policy = permissionsPolicyOf(exchange);
    if (!policy?.parsed.ok) return [];
    const unknown = [...policy.parsed.value.keys()].filter((f) => !FEATURES.has(f));
    if (unknown.length === 0) return [];
    const line = policy.lines.find((h) => h.value.includes(unknown[0]!)) ?? policy.lines[0]!;
    return [
      {
        message: `Permissions-Policy names ${unknown.length === 1 ? 'a feature' : 'features'} browsers do not know: ${unknown.join(', ')} (ignored)`,
        evidence: headerEvidence(line),
        location: headerLocation(line),
      },
    ];
  },
});
