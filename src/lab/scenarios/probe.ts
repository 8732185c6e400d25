import type { Scenario } from '../scenario';

export const probeScenarios: Scenario[] = [];
