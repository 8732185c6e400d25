// Every rule's explanation, by id (each lives beside its rule as <name>.explain.ts). Loaded only by explain.
import type { RuleKnowledge } from '../src/engine/explanation';
import { framingExplanations } from './framing/explanations';
import { statusExplanations } from './status/explanations';
import { contentExplanations } from './content/explanations';
import { cacheExplanations } from './cache/explanations';
import { rangeExplanations } from './range/explanations';
import { headersExplanations } from './headers/explanations';
import { cookiesExplanations } from './cookies/explanations';
import { securityExplanations } from './security/explanations';
import { apiExplanations } from './api/explanations';
import { corsExplanations } from './cors/explanations';
import { http2Explanations } from './http2/explanations';
import { probeExplanations } from './probe/explanations';

export const ruleExplanations: Readonly<Record<string, RuleKnowledge>> = {
  ...framingExplanations,
  ...statusExplanations,
  ...contentExplanations,
  ...cacheExplanations,
  ...rangeExplanations,
  ...headersExplanations,
  ...cookiesExplanations,
  ...securityExplanations,
  ...apiExplanations,
  ...corsExplanations,
  ...http2Explanations,
  ...probeExplanations,
};
