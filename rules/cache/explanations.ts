// Explanations of the cache rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import conflictingDirectives from './conflicting-directives.explain';
import deltaSecondsOverflow from './delta-seconds-overflow.explain';
import duplicateVaryMember from './duplicate-vary-member.explain';
import implausibleAge from './implausible-age.explain';
import invalidAge from './invalid-age.explain';
import invalidCacheControl from './invalid-cache-control.explain';
import invalidCdnCacheControl from './invalid-cdn-cache-control.explain';
import invalidEtag from './invalid-etag.explain';
import invalidExpires from './invalid-expires.explain';
import invalidLastModified from './invalid-last-modified.explain';
import invalidVary from './invalid-vary.explain';
import lastModifiedInFuture from './last-modified-in-future.explain';
import longVary from './long-vary.explain';
import metadataOn304 from './metadata-on-304.explain';
import missingCacheControl from './missing-cache-control.explain';
import noValidator from './no-validator.explain';
import requestDirectiveInResponse from './request-directive-in-response.explain';
import setCookieSharedCacheable from './set-cookie-shared-cacheable.explain';
import varyHost from './vary-host.explain';
import varyStar from './vary-star.explain';
import varyUserAgent from './vary-user-agent.explain';

export const cacheExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'cache/conflicting-directives': conflictingDirectives,
  'cache/delta-seconds-overflow': deltaSecondsOverflow,
  'cache/duplicate-vary-member': duplicateVaryMember,
  'cache/implausible-age': implausibleAge,
  'cache/invalid-age': invalidAge,
  'cache/invalid-cache-control': invalidCacheControl,
  'cache/invalid-cdn-cache-control': invalidCdnCacheControl,
  'cache/invalid-etag': invalidEtag,
  'cache/invalid-expires': invalidExpires,
  'cache/invalid-last-modified': invalidLastModified,
  'cache/invalid-vary': invalidVary,
  'cache/last-modified-in-future': lastModifiedInFuture,
  'cache/long-vary': longVary,
  'cache/metadata-on-304': metadataOn304,
  'cache/missing-cache-control': missingCacheControl,
  'cache/no-validator': noValidator,
  'cache/request-directive-in-response': requestDirectiveInResponse,
  'cache/set-cookie-shared-cacheable': setCookieSharedCacheable,
  'cache/vary-host': varyHost,
  'cache/vary-star': varyStar,
  'cache/vary-user-agent': varyUserAgent,
};
