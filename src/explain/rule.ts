// A rule's explanation: its sibling explain file merged with the rule's own metadata (title, why, fix, ref).
import type { RuleMeta } from '../engine/rule';
import type { RuleExplanation, RuleKnowledge } from './types';
import { ruleExplanations } from '../../rules/explanations';

/** Every rule's explanation, by id (from the sibling <name>.explain.ts files in rules/). */
export const RULE_KNOWLEDGE: Readonly<Record<string, RuleKnowledge>> = ruleExplanations;

/** The explanation of a rule, or undefined when the knowledge base has no entry for it. */
export function explainRule(meta: RuleMeta): RuleExplanation | undefined {
  const knowledge = RULE_KNOWLEDGE[meta.id];
  if (!knowledge) return undefined;
  return {
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    title: meta.title,
    why: meta.why,
    fix: meta.fix,
    ref: meta.ref,
    ...knowledge,
  };
}
