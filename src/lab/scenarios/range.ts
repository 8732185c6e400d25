import type { Scenario } from '../scenario';

export const rangeScenarios: Scenario[] = [];
