// Every lab scenario, by category. Each category file lists its own.
import type { Scenario } from '../scenario';
import { framingScenarios } from './framing';
import { statusScenarios } from './status';
import { contentScenarios } from './content';
import { cacheScenarios } from './cache';
import { rangeScenarios } from './range';
import { headersScenarios } from './headers';
import { linksScenarios } from './links';
import { cookiesScenarios } from './cookies';
import { securityScenarios } from './security';
import { apiScenarios } from './api';
import { corsScenarios } from './cors';
import { http2Scenarios } from './http2';
import { probeScenarios } from './probe';

export const allScenarios: readonly Scenario[] = [
  ...framingScenarios,
  ...statusScenarios,
  ...contentScenarios,
  ...cacheScenarios,
  ...rangeScenarios,
  ...headersScenarios,
  ...linksScenarios,
  ...cookiesScenarios,
  ...securityScenarios,
  ...apiScenarios,
  ...corsScenarios,
  ...http2Scenarios,
  ...probeScenarios,
];
