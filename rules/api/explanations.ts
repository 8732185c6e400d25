// Explanations of the api rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';

export const apiExplanations: Readonly<Record<string, RuleKnowledge>> = {};
