import type { Rule } from '../../src/engine/rule';
import conflictingDirectives from './conflicting-directives';
import deltaSecondsOverflow from './delta-seconds-overflow';
import duplicateVaryMember from './duplicate-vary-member';
import implausibleAge from './implausible-age';
import invalidAge from './invalid-age';
import invalidCacheControl from './invalid-cache-control';
import invalidCdnCacheControl from './invalid-cdn-cache-control';
import invalidEtag from './invalid-etag';
import invalidExpires from './invalid-expires';
import invalidLastModified from './invalid-last-modified';
import invalidVary from './invalid-vary';
import lastModifiedInFuture from './last-modified-in-future';
import longVary from './long-vary';
import metadataOn304 from './metadata-on-304';
import missingCacheControl from './missing-cache-control';
import noValidator from './no-validator';
import requestDirectiveInResponse from './request-directive-in-response';
import setCookieSharedCacheable from './set-cookie-shared-cacheable';
import varyHost from './vary-host';
import varyStar from './vary-star';
import varyUserAgent from './vary-user-agent';

export const cacheRules: Rule[] = [
  conflictingDirectives,
  deltaSecondsOverflow,
  duplicateVaryMember,
  implausibleAge,
  invalidAge,
  invalidCacheControl,
  invalidCdnCacheControl,
  invalidEtag,
  invalidExpires,
  invalidLastModified,
  invalidVary,
  lastModifiedInFuture,
  longVary,
  metadataOn304,
  missingCacheControl,
  noValidator,
  requestDirectiveInResponse,
  setCookieSharedCacheable,
  varyHost,
  varyStar,
  varyUserAgent,
];
