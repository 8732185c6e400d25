// Resolving what the user asked `httpinspect explain` about: a status code or a rule id.
import { allRules } from '../../rules/index';
import { REGISTERED_STATUS_CODES, UNOFFICIAL_STATUS_CODES } from '../data/statusCodes';
import { explainCode } from './codes/index';
import { explainRule } from './rule';
import type { CodeExplanation, RuleExplanation } from './types';

export type Explained = { kind: 'code'; entry: CodeExplanation } | { kind: 'rule'; entry: RuleExplanation };

/** Everything `explain` accepts by name, for did-you-mean suggestions. */
export function topicNames(): string[] {
  return [
    ...allRules.map((r) => r.meta.id),
    ...REGISTERED_STATUS_CODES.map((c) => String(c.code)),
    ...UNOFFICIAL_STATUS_CODES.map((c) => String(c.code)),
  ];
}

/** The entry for a topic, or undefined when it names neither a code in 100–599 nor a known rule. */
export function explainTopic(topic: string): Explained | undefined {
  const text = topic.trim();
  if (/^\d{3}$/.test(text)) {
    const entry = explainCode(Number(text));
    return entry ? { kind: 'code', entry } : undefined;
  }
  const id = text.toLowerCase();
  // "body-on-204" is accepted for "framing/body-on-204" when only one rule has that name.
  const byName = allRules.filter((r) => r.meta.id.endsWith(`/${id}`));
  const rule = allRules.find((r) => r.meta.id === id) ?? (byName.length === 1 ? byName[0] : undefined);
  const entry = rule ? explainRule(rule.meta) : undefined;
  return entry ? { kind: 'rule', entry } : undefined;
}
