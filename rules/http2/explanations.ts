// Explanations of the http2 rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';

export const http2Explanations: Readonly<Record<string, RuleKnowledge>> = {};
