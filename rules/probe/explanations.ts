// Explanations of the probe rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';

export const probeExplanations: Readonly<Record<string, RuleKnowledge>> = {};
