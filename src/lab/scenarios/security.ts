import type { Scenario } from '../scenario';

export const securityScenarios: Scenario[] = [];
