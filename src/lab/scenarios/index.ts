// Every lab scenario, by category. Each category file lists its own.
import type { Scenario } from '../scenario';
import { framingScenarios } from './framing';
import { statusScenarios } from './status';
import { contentScenarios } from './content';
import { cacheScenarios } from './cache';
import { headersScenarios } from './headers';
import { corsScenarios } from './cors';

export const allScenarios: readonly Scenario[] = [
  ...framingScenarios,
  ...statusScenarios,
  ...contentScenarios,
  ...cacheScenarios,
  ...headersScenarios,
  ...corsScenarios,
];
