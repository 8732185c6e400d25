import type { Scenario } from '../scenario';

export const corsScenarios: Scenario[] = [];
