import type { Scenario } from '../scenario';

export const cacheScenarios: Scenario[] = [];
