// Explanations of the api rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import deprecationWithoutLink from './deprecation-without-link.explain';
import invalidDeprecation from './invalid-deprecation.explain';
import invalidSunset from './invalid-sunset.explain';
import sunsetBeforeDeprecation from './sunset-before-deprecation.explain';
import sunsetInPast from './sunset-in-past.explain';

export const apiExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'api/deprecation-without-link': deprecationWithoutLink,
  'api/invalid-deprecation': invalidDeprecation,
  'api/invalid-sunset': invalidSunset,
  'api/sunset-before-deprecation': sunsetBeforeDeprecation,
  'api/sunset-in-past': sunsetInPast,
};
