// Every rule httpinspect knows, by category. Each category's index lists its rule files.
import type { Rule } from '../src/engine/rule';
import { framingRules } from './framing/index';
import { statusRules } from './status/index';
import { contentRules } from './content/index';
import { cacheRules } from './cache/index';
import { headersRules } from './headers/index';
import { corsRules } from './cors/index';
import { http2Rules } from './http2/index';

export const allRules: readonly Rule[] = [
  ...framingRules,
  ...statusRules,
  ...contentRules,
  ...cacheRules,
  ...headersRules,
  ...corsRules,
  ...http2Rules,
];
