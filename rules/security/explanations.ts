// Explanations of the security rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import cspDuplicateDirective from './csp-duplicate-directive.explain';
import cspPermissiveSource from './csp-permissive-source.explain';
import cspReportUriOnly from './csp-report-uri-only.explain';
import cspUnsafeEval from './csp-unsafe-eval.explain';
import cspUnsafeInline from './csp-unsafe-inline.explain';
import hstsDirectiveWithValue from './hsts-directive-with-value.explain';
import hstsDuplicateDirective from './hsts-duplicate-directive.explain';
import hstsInvalidMaxAge from './hsts-invalid-max-age.explain';
import hstsInvalidSyntax from './hsts-invalid-syntax.explain';
import hstsMaxAgeZero from './hsts-max-age-zero.explain';
import hstsOverHttp from './hsts-over-http.explain';
import hstsPreloadRequirements from './hsts-preload-requirements.explain';
import hstsRepeated from './hsts-repeated.explain';
import hstsShortMaxAge from './hsts-short-max-age.explain';
import invalidClearSiteData from './invalid-clear-site-data.explain';
import invalidCrossOriginPolicy from './invalid-cross-origin-policy.explain';
import invalidPermissionsPolicy from './invalid-permissions-policy.explain';
import invalidReferrerPolicy from './invalid-referrer-policy.explain';
import invalidXContentTypeOptions from './invalid-x-content-type-options.explain';
import invalidXFrameOptions from './invalid-x-frame-options.explain';
import missingCsp from './missing-csp.explain';
import missingFrameProtection from './missing-frame-protection.explain';
import missingHsts from './missing-hsts.explain';
import missingXContentTypeOptions from './missing-x-content-type-options.explain';
import permissionsPolicyInvalidAllowlist from './permissions-policy-invalid-allowlist.explain';
import permissionsPolicyUnknownFeature from './permissions-policy-unknown-feature.explain';
import referrerPolicyRepeated from './referrer-policy-repeated.explain';
import referrerPolicyUnsafeUrl from './referrer-policy-unsafe-url.explain';

export const securityExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'security/csp-duplicate-directive': cspDuplicateDirective,
  'security/csp-permissive-source': cspPermissiveSource,
  'security/csp-report-uri-only': cspReportUriOnly,
  'security/csp-unsafe-eval': cspUnsafeEval,
  'security/csp-unsafe-inline': cspUnsafeInline,
  'security/hsts-directive-with-value': hstsDirectiveWithValue,
  'security/hsts-duplicate-directive': hstsDuplicateDirective,
  'security/hsts-invalid-max-age': hstsInvalidMaxAge,
  'security/hsts-invalid-syntax': hstsInvalidSyntax,
  'security/hsts-max-age-zero': hstsMaxAgeZero,
  'security/hsts-over-http': hstsOverHttp,
  'security/hsts-preload-requirements': hstsPreloadRequirements,
  'security/hsts-repeated': hstsRepeated,
  'security/hsts-short-max-age': hstsShortMaxAge,
  'security/invalid-clear-site-data': invalidClearSiteData,
  'security/invalid-cross-origin-policy': invalidCrossOriginPolicy,
  'security/invalid-permissions-policy': invalidPermissionsPolicy,
  'security/invalid-referrer-policy': invalidReferrerPolicy,
  'security/invalid-x-content-type-options': invalidXContentTypeOptions,
  'security/invalid-x-frame-options': invalidXFrameOptions,
  'security/missing-csp': missingCsp,
  'security/missing-frame-protection': missingFrameProtection,
  'security/missing-hsts': missingHsts,
  'security/missing-x-content-type-options': missingXContentTypeOptions,
  'security/permissions-policy-invalid-allowlist': permissionsPolicyInvalidAllowlist,
  'security/permissions-policy-unknown-feature': permissionsPolicyUnknownFeature,
  'security/referrer-policy-repeated': referrerPolicyRepeated,
  'security/referrer-policy-unsafe-url': referrerPolicyUnsafeUrl,
};
