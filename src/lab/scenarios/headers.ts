import type { Scenario } from '../scenario';

export const headersScenarios: Scenario[] = [];
