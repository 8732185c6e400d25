import type { Rule } from '../../src/engine/rule';
import conflictingDirectives from './conflicting-directives';
import invalidCacheControl from './invalid-cache-control';
import invalidEtag from './invalid-etag';
import invalidExpires from './invalid-expires';
import lastModifiedInFuture from './last-modified-in-future';
import missingCacheControl from './missing-cache-control';
import noValidator from './no-validator';
import varyStar from './vary-star';

export const cacheRules: Rule[] = [
  conflictingDirectives,
  invalidCacheControl,
  invalidEtag,
  invalidExpires,
  lastModifiedInFuture,
  missingCacheControl,
  noValidator,
  varyStar,
];
