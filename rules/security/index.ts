import type { Rule } from '../../src/engine/rule';

export const securityRules: Rule[] = [];
