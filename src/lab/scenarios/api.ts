import type { Scenario } from '../scenario';

export const apiScenarios: Scenario[] = [];
