import type { Rule } from '../../src/engine/rule';
import allowOriginNull from './allow-origin-null';
import credentialsNotTrue from './credentials-not-true';
import headerNotAllowed from './header-not-allowed';
import invalidAllowOrigin from './invalid-allow-origin';
import invalidMaxAge from './invalid-max-age';
import methodNotAllowed from './method-not-allowed';
import missingAllowCredentials from './missing-allow-credentials';
import missingAllowOrigin from './missing-allow-origin';
import missingVaryOrigin from './missing-vary-origin';
import originNotAllowed from './origin-not-allowed';
import preflightFailedStatus from './preflight-failed-status';
import preflightMissingAllowOrigin from './preflight-missing-allow-origin';
import preflightMissingMaxAge from './preflight-missing-max-age';
import preflightWithBody from './preflight-with-body';
import wildcardWithCredentials from './wildcard-with-credentials';

export const corsRules: Rule[] = [
  allowOriginNull,
  credentialsNotTrue,
  headerNotAllowed,
  invalidAllowOrigin,
  invalidMaxAge,
  methodNotAllowed,
  missingAllowCredentials,
  missingAllowOrigin,
  missingVaryOrigin,
  originNotAllowed,
  preflightFailedStatus,
  preflightMissingAllowOrigin,
  preflightMissingMaxAge,
  preflightWithBody,
  wildcardWithCredentials,
];
