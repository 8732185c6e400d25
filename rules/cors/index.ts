import type { Rule } from '../../src/engine/rule';

export const corsRules: Rule[] = [];
