// Explanations of the security rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';

export const securityExplanations: Readonly<Record<string, RuleKnowledge>> = {};
