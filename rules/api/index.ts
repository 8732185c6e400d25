import type { Rule } from '../../src/engine/rule';
import deprecationWithoutLink from './deprecation-without-link';
import invalidDeprecation from './invalid-deprecation';
import invalidSunset from './invalid-sunset';
import sunsetBeforeDeprecation from './sunset-before-deprecation';
import sunsetInPast from './sunset-in-past';

export const apiRules: Rule[] = [deprecationWithoutLink, invalidDeprecation, invalidSunset, sunsetBeforeDeprecation, sunsetInPast];
