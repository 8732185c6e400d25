import type { Rule } from '../../src/engine/rule';
import r201WithoutLocation from './201-without-location';
import r206WithoutContentRange from './206-without-content-range';
import r304ForOtherMethod from './304-for-other-method';
import r304WithoutPrecondition from './304-without-precondition';
import r401WithoutWwwAuthenticate from './401-without-www-authenticate';
import r405AllowsRefusedMethod from './405-allows-refused-method';
import r405WithoutAllow from './405-without-allow';
import r406WithoutAccept from './406-without-accept';
import r407WithoutProxyAuthenticate from './407-without-proxy-authenticate';
import r411WithContentLength from './411-with-content-length';
import r412InsteadOf304 from './412-instead-of-304';
import r412WithoutPrecondition from './412-without-precondition';
import r413WithoutContent from './413-without-content';
import r415WithoutContent from './415-without-content';
import r416WithoutContentRange from './416-without-content-range';
import r416WithoutRange from './416-without-range';
import r417WithoutExpect from './417-without-expect';
import r426WithoutUpgrade from './426-without-upgrade';
import createdBySafeMethod from './created-by-safe-method';
import delete200Empty from './delete-200-empty';
import deprecatedCode from './deprecated-code';
import errorIn200Body from './error-in-200-body';
import insecureRedirect from './insecure-redirect';
import invalidRetryAfter from './invalid-retry-after';
import missingRetryAfter from './missing-retry-after';
import postRedirectMethodChange from './post-redirect-method-change';
import redirectToSelf from './redirect-to-self';
import redirectWithoutLocation from './redirect-without-location';
import unregisteredCode from './unregistered-code';
import update200Empty from './update-200-empty';

export const statusRules: Rule[] = [
  r201WithoutLocation,
  r206WithoutContentRange,
  r304ForOtherMethod,
  r304WithoutPrecondition,
  r401WithoutWwwAuthenticate,
  r405AllowsRefusedMethod,
  r405WithoutAllow,
  r406WithoutAccept,
  r407WithoutProxyAuthenticate,
  r411WithContentLength,
  r412InsteadOf304,
  r412WithoutPrecondition,
  r413WithoutContent,
  r415WithoutContent,
  r416WithoutContentRange,
  r416WithoutRange,
  r417WithoutExpect,
  r426WithoutUpgrade,
  createdBySafeMethod,
  delete200Empty,
  deprecatedCode,
  errorIn200Body,
  insecureRedirect,
  invalidRetryAfter,
  missingRetryAfter,
  postRedirectMethodChange,
  redirectToSelf,
  redirectWithoutLocation,
  unregisteredCode,
  update200Empty,
];
