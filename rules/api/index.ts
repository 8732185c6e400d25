import type { Rule } from '../../src/engine/rule';

export const apiRules: Rule[] = [];
