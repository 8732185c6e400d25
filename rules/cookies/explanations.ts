// Explanations of the cookies rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';

export const cookiesExplanations: Readonly<Record<string, RuleKnowledge>> = {};
