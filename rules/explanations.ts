// Every rule's explanation, by id (each lives beside its rule as <name>.explain.ts). Loaded only by explain.
import type { RuleKnowledge } from '../src/engine/explanation';
import { cacheExplanations } from './cache/explanations';
import { contentExplanations } from './content/explanations';
import { corsExplanations } from './cors/explanations';
import { framingExplanations } from './framing/explanations';
import { headersExplanations } from './headers/explanations';
import { statusExplanations } from './status/explanations';

export const ruleExplanations: Readonly<Record<string, RuleKnowledge>> = {
  ...cacheExplanations,
  ...contentExplanations,
  ...corsExplanations,
  ...framingExplanations,
  ...headersExplanations,
  ...statusExplanations,
};
