// Every rule entry, keyed by rule id, and the merge with the rule's own metadata (title, why, fix, ref).
import type { RuleMeta } from '../../engine/rule';
import type { RuleExplanation, RuleKnowledge } from '../types';
import { cacheKnowledge } from './cache';
import { contentKnowledge } from './content';
import { corsKnowledge } from './cors';
import { framingBodyKnowledge } from './framing-body';
import { framingSyntaxKnowledge } from './framing-syntax';
import { headersKnowledge } from './headers';
import { http2Knowledge } from './http2';
import { statusKnowledge } from './status';

export const RULE_KNOWLEDGE: Readonly<Record<string, RuleKnowledge>> = {
  ...framingBodyKnowledge,
  ...framingSyntaxKnowledge,
  ...statusKnowledge,
  ...contentKnowledge,
  ...cacheKnowledge,
  ...headersKnowledge,
  ...corsKnowledge,
  ...http2Knowledge,
};

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
