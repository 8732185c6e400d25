import type { Scenario } from '../scenario';

export const statusScenarios: Scenario[] = [];
