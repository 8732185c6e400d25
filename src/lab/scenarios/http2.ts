import type { Scenario } from '../scenario';

export const http2Scenarios: Scenario[] = [];
