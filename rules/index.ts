// Every rule httpinspect knows, by category. Each category's index lists its rule files.
import type { Rule } from '../src/engine/rule';
import { framingRules } from './framing/index';
import { statusRules } from './status/index';
import { contentRules } from './content/index';
import { cacheRules } from './cache/index';
import { rangeRules } from './range/index';
import { headersRules } from './headers/index';
import { cookiesRules } from './cookies/index';
import { securityRules } from './security/index';
import { apiRules } from './api/index';
import { corsRules } from './cors/index';
import { http2Rules } from './http2/index';
import { probeRules } from './probe/index';

export const allRules: readonly Rule[] = [
  ...framingRules,
  ...statusRules,
  ...contentRules,
  ...cacheRules,
  ...rangeRules,
  ...headersRules,
  ...cookiesRules,
  ...securityRules,
  ...apiRules,
  ...corsRules,
  ...http2Rules,
  ...probeRules,
];
