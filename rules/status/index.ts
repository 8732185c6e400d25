import type { Rule } from '../../src/engine/rule';
import createdWithoutLocation from './201-without-location';
import partialWithoutContentRange from './206-without-content-range';
import unauthorizedWithoutWwwAuthenticate from './401-without-www-authenticate';
import methodNotAllowedWithoutAllow from './405-without-allow';
import proxyAuthWithoutProxyAuthenticate from './407-without-proxy-authenticate';
import rangeNotSatisfiableWithoutContentRange from './416-without-content-range';
import upgradeRequiredWithoutUpgrade from './426-without-upgrade';
import createdBySafeMethod from './created-by-safe-method';
import delete200Empty from './delete-200-empty';
import errorIn200Body from './error-in-200-body';
import insecureRedirect from './insecure-redirect';
import missingRetryAfter from './missing-retry-after';
import redirectWithoutLocation from './redirect-without-location';
import unregisteredCode from './unregistered-code';
import update200Empty from './update-200-empty';

export const statusRules: Rule[] = [
  createdWithoutLocation,
  partialWithoutContentRange,
  unauthorizedWithoutWwwAuthenticate,
  methodNotAllowedWithoutAllow,
  proxyAuthWithoutProxyAuthenticate,
  rangeNotSatisfiableWithoutContentRange,
  upgradeRequiredWithoutUpgrade,
  createdBySafeMethod,
  delete200Empty,
  errorIn200Body,
  insecureRedirect,
  missingRetryAfter,
  redirectWithoutLocation,
  unregisteredCode,
  update200Empty,
];
