// The shape of a rule's explanation: what `httpinspect explain <rule>` adds to the rule's metadata. Each rule's
// explanation is a sibling file (rules/<category>/<name>.explain.ts), loaded only by the explain command.

export const FRAMEWORKS = ['express', 'fastify', 'django', 'fastapi', 'spring', 'go'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_LABELS: Record<Framework, string> = {
  express: 'Express',
  fastify: 'Fastify',
  django: 'Django / DRF',
  fastapi: 'FastAPI',
  spring: 'Spring',
  go: 'Go net/http',
};

/** A client that breaks on the problem, and how. */
export interface Breakage {
  client: string;
  effect: string;
}

export interface RuleKnowledge {
  /** What the rule checks, precisely (triggers and near-misses). */
  checks: string;
  breaks: Breakage[];
  /** The fix per framework; "Same as <Framework>." only where the idiom is truly identical. */
  fixes: Record<Framework, string>;
  /** Related status codes and rule ids. */
  related: string[];
}

/** Identity function that gives an explanation module its type. */
export function defineExplanation(knowledge: RuleKnowledge): RuleKnowledge {
  return knowledge;
}
