import type { Rule } from '../../src/engine/rule';
import bodyOn204 from './body-on-204';

export const framingRules: Rule[] = [bodyOn204];
