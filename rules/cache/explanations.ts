// Explanations of the cache rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import conflictingDirectives from './conflicting-directives.explain';
import invalidCacheControl from './invalid-cache-control.explain';
import invalidEtag from './invalid-etag.explain';
import invalidExpires from './invalid-expires.explain';
import lastModifiedInFuture from './last-modified-in-future.explain';
import missingCacheControl from './missing-cache-control.explain';
import noValidator from './no-validator.explain';
import varyStar from './vary-star.explain';

export const cacheExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'cache/conflicting-directives': conflictingDirectives,
  'cache/invalid-cache-control': invalidCacheControl,
  'cache/invalid-etag': invalidEtag,
  'cache/invalid-expires': invalidExpires,
  'cache/last-modified-in-future': lastModifiedInFuture,
  'cache/missing-cache-control': missingCacheControl,
  'cache/no-validator': noValidator,
  'cache/vary-star': varyStar,
};
