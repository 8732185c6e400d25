// Explanations of the cors rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import allowOriginNull from './allow-origin-null.explain';
import credentialsNotTrue from './credentials-not-true.explain';
import headerNotAllowed from './header-not-allowed.explain';
import invalidAllowOrigin from './invalid-allow-origin.explain';
import invalidMaxAge from './invalid-max-age.explain';
import methodNotAllowed from './method-not-allowed.explain';
import missingAllowCredentials from './missing-allow-credentials.explain';
import missingAllowOrigin from './missing-allow-origin.explain';
import missingVaryOrigin from './missing-vary-origin.explain';
import originNotAllowed from './origin-not-allowed.explain';
import preflightFailedStatus from './preflight-failed-status.explain';
import preflightMissingAllowOrigin from './preflight-missing-allow-origin.explain';
import preflightMissingMaxAge from './preflight-missing-max-age.explain';
import preflightWithBody from './preflight-with-body.explain';
import wildcardWithCredentials from './wildcard-with-credentials.explain';

export const corsExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'cors/allow-origin-null': allowOriginNull,
  'cors/credentials-not-true': credentialsNotTrue,
  'cors/header-not-allowed': headerNotAllowed,
  'cors/invalid-allow-origin': invalidAllowOrigin,
  'cors/invalid-max-age': invalidMaxAge,
  'cors/method-not-allowed': methodNotAllowed,
  'cors/missing-allow-credentials': missingAllowCredentials,
  'cors/missing-allow-origin': missingAllowOrigin,
  'cors/missing-vary-origin': missingVaryOrigin,
  'cors/origin-not-allowed': originNotAllowed,
  'cors/preflight-failed-status': preflightFailedStatus,
  'cors/preflight-missing-allow-origin': preflightMissingAllowOrigin,
  'cors/preflight-missing-max-age': preflightMissingMaxAge,
  'cors/preflight-with-body': preflightWithBody,
  'cors/wildcard-with-credentials': wildcardWithCredentials,
};
