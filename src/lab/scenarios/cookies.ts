import type { Scenario } from '../scenario';

export const cookiesScenarios: Scenario[] = [];
