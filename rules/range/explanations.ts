// Explanations of the range rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';

export const rangeExplanations: Readonly<Record<string, RuleKnowledge>> = {};
