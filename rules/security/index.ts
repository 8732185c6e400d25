import type { Rule } from '../../src/engine/rule';
import cspDuplicateDirective from './csp-duplicate-directive';
import cspPermissiveSource from './csp-permissive-source';
import cspReportUriOnly from './csp-report-uri-only';
import cspUnsafeEval from './csp-unsafe-eval';
import cspUnsafeInline from './csp-unsafe-inline';
import hstsDirectiveWithValue from './hsts-directive-with-value';
import hstsDuplicateDirective from './hsts-duplicate-directive';
import hstsInvalidMaxAge from './hsts-invalid-max-age';
import hstsInvalidSyntax from './hsts-invalid-syntax';
import hstsMaxAgeZero from './hsts-max-age-zero';
import hstsOverHttp from './hsts-over-http';
import hstsPreloadRequirements from './hsts-preload-requirements';
import hstsRepeated from './hsts-repeated';
import hstsShortMaxAge from './hsts-short-max-age';
import invalidClearSiteData from './invalid-clear-site-data';
import invalidCrossOriginPolicy from './invalid-cross-origin-policy';
import invalidPermissionsPolicy from './invalid-permissions-policy';
import invalidReferrerPolicy from './invalid-referrer-policy';
import invalidXContentTypeOptions from './invalid-x-content-type-options';
import invalidXFrameOptions from './invalid-x-frame-options';
import missingCsp from './missing-csp';
import missingFrameProtection from './missing-frame-protection';
import missingHsts from './missing-hsts';
import missingXContentTypeOptions from './missing-x-content-type-options';
import permissionsPolicyInvalidAllowlist from './permissions-policy-invalid-allowlist';
import permissionsPolicyUnknownFeature from './permissions-policy-unknown-feature';
import referrerPolicyRepeated from './referrer-policy-repeated';
import referrerPolicyUnsafeUrl from './referrer-policy-unsafe-url';

export const securityRules: Rule[] = [
  cspDuplicateDirective,
  cspPermissiveSource,
  cspReportUriOnly,
  cspUnsafeEval,
  cspUnsafeInline,
  hstsDirectiveWithValue,
  hstsDuplicateDirective,
  hstsInvalidMaxAge,
  hstsInvalidSyntax,
  hstsMaxAgeZero,
  hstsOverHttp,
  hstsPreloadRequirements,
  hstsRepeated,
  hstsShortMaxAge,
  invalidClearSiteData,
  invalidCrossOriginPolicy,
  invalidPermissionsPolicy,
  invalidReferrerPolicy,
  invalidXContentTypeOptions,
  invalidXFrameOptions,
  missingCsp,
  missingFrameProtection,
  missingHsts,
  missingXContentTypeOptions,
  permissionsPolicyInvalidAllowlist,
  permissionsPolicyUnknownFeature,
  referrerPolicyRepeated,
  referrerPolicyUnsafeUrl,
];
