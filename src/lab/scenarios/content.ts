import type { Scenario } from '../scenario';

export const contentScenarios: Scenario[] = [];
