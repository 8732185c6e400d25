// Explanations of the status rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import r201WithoutLocation from './201-without-location.explain';
import r206WithoutContentRange from './206-without-content-range.explain';
import r304ForOtherMethod from './304-for-other-method.explain';
import r304WithoutPrecondition from './304-without-precondition.explain';
import r401WithoutWwwAuthenticate from './401-without-www-authenticate.explain';
import r405AllowsRefusedMethod from './405-allows-refused-method.explain';
import r405WithoutAllow from './405-without-allow.explain';
import r406WithoutAccept from './406-without-accept.explain';
import r407WithoutProxyAuthenticate from './407-without-proxy-authenticate.explain';
import r411WithContentLength from './411-with-content-length.explain';
import r412InsteadOf304 from './412-instead-of-304.explain';
import r412WithoutPrecondition from './412-without-precondition.explain';
import r413WithoutContent from './413-without-content.explain';
import r415WithoutContent from './415-without-content.explain';
import r416WithoutContentRange from './416-without-content-range.explain';
import r416WithoutRange from './416-without-range.explain';
import r417WithoutExpect from './417-without-expect.explain';
import r426WithoutUpgrade from './426-without-upgrade.explain';
import createdBySafeMethod from './created-by-safe-method.explain';
import delete200Empty from './delete-200-empty.explain';
import deprecatedCode from './deprecated-code.explain';
import errorIn200Body from './error-in-200-body.explain';
import insecureRedirect from './insecure-redirect.explain';
import invalidRetryAfter from './invalid-retry-after.explain';
import missingRetryAfter from './missing-retry-after.explain';
import postRedirectMethodChange from './post-redirect-method-change.explain';
import redirectToSelf from './redirect-to-self.explain';
import redirectWithoutLocation from './redirect-without-location.explain';
import unregisteredCode from './unregistered-code.explain';
import update200Empty from './update-200-empty.explain';

export const statusExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'status/201-without-location': r201WithoutLocation,
  'status/206-without-content-range': r206WithoutContentRange,
  'status/304-for-other-method': r304ForOtherMethod,
  'status/304-without-precondition': r304WithoutPrecondition,
  'status/401-without-www-authenticate': r401WithoutWwwAuthenticate,
  'status/405-allows-refused-method': r405AllowsRefusedMethod,
  'status/405-without-allow': r405WithoutAllow,
  'status/406-without-accept': r406WithoutAccept,
  'status/407-without-proxy-authenticate': r407WithoutProxyAuthenticate,
  'status/411-with-content-length': r411WithContentLength,
  'status/412-instead-of-304': r412InsteadOf304,
  'status/412-without-precondition': r412WithoutPrecondition,
  'status/413-without-content': r413WithoutContent,
  'status/415-without-content': r415WithoutContent,
  'status/416-without-content-range': r416WithoutContentRange,
  'status/416-without-range': r416WithoutRange,
  'status/417-without-expect': r417WithoutExpect,
  'status/426-without-upgrade': r426WithoutUpgrade,
  'status/created-by-safe-method': createdBySafeMethod,
  'status/delete-200-empty': delete200Empty,
  'status/deprecated-code': deprecatedCode,
  'status/error-in-200-body': errorIn200Body,
  'status/insecure-redirect': insecureRedirect,
  'status/invalid-retry-after': invalidRetryAfter,
  'status/missing-retry-after': missingRetryAfter,
  'status/post-redirect-method-change': postRedirectMethodChange,
  'status/redirect-to-self': redirectToSelf,
  'status/redirect-without-location': redirectWithoutLocation,
  'status/unregistered-code': unregisteredCode,
  'status/update-200-empty': update200Empty,
};
