import { defineRule } from '../../src/engine/rule';
import { headerEvidence, headerLocation } from '../../src/engine/evidence';
import { permissionsPolicyOf } from './_permissions';

export default defineRule({
  meta: {
    id: 'security/invalid-permissions-policy',
    category: 'security',
    severity: 'error',
    title: 'Permissions-Policy is not a valid structured-field dictionary',
    ref: { label: 'Permissions Policy: the Permissions-Policy header', url: 'https://www.w3.org/TR/permissions-policy/#permissions-policy-http-header-field' },
    why: 'Browsers parse Permissions-Policy as an RFC 9651 dictionary and ignore the whole header when it does not parse, so every feature you meant to disable (camera, geolocation, …) stays available to the page and its frames. The usual cause is the old Feature-Policy syntax (`camera \'none\'`).',
    fix: 'Write `feature=allowlist` pairs separated by commas: `Permissions-Policy: camera=(), geolocation=(self "https://maps.example"), fullscreen=*`.',
  },
  check(exchange) {
    const policy = permissionsPolicyOf(exchange);
    if (!policy || policy.parsed.ok) return [];
    const legacy = /'(none|self|src)'/.test(policy.lines.map((h) => h.value).join(',')) ? ' (this looks like Feature-Policy syntax)' : '';
    return [
      {
        message: `Permissions-Policy does not parse as a dictionary: ${policy.parsed.reason} at character ${policy.parsed.offset}${legacy}; browsers ignore the whole header`,
        evidence: policy.lines.map(headerEvidence).join('; '),
        location: headerLocation(policy.lines[0]!),
      },
    ];
  },
});
