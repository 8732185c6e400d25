// What a rule is: metadata beside a pure check over one Exchange.
import type { EvidenceKind, Exchange } from '../exchange';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Category = 'framing' | 'status' | 'content' | 'cache' | 'range' | 'headers' | 'cookies' | 'security' | 'api' | 'cors' | 'http2' | 'probe';

export interface RuleMeta {
  /** Stable public id: `category/name`. */
  id: string;
  category: Category;
  /** Default severity; a finding may lower or raise its own (see RuleFinding.severity). */
  severity: Severity;
  /** One line saying what is wrong, e.g. "204 response carries a body". */
  title: string;
  /** The spec section the rule rests on. */
  ref: { label: string; url: string };
  /** Why it matters: which clients break, and how. */
  why: string;
  /** How to fix it. */
  fix: string;
  /** Evidence the rule needs beyond the parsed headers; exchanges lacking it report the rule as not evaluated. */
  needs?: readonly EvidenceKind[];
}

/** Where in the exchange the evidence is. Offsets are into the received (or, for `request`, sent) bytes. */
export interface Location {
  part: 'status-line' | 'header' | 'body' | 'trailer' | 'extra' | 'interim' | 'request' | 'connection' | 'tls';
  offset?: number;
  /** The header's name as received, for part 'header' / 'trailer'. */
  header?: string;
}

/** What a rule's check returns for each problem it sees. */
export interface RuleFinding {
  message: string;
  /** The exact offending bytes or header line, e.g. "Content-Length: 5 at byte 38". */
  evidence: string;
  location?: Location;
  /** Overrides the rule's default severity for this finding (e.g. a milder variant), unless the user configured one. */
  severity?: Severity;
}

/** Everything a check may read besides its own exchange. Pure data: rules never do I/O. */
export interface RuleContext {
  /** All exchanges of this inspection (redirect hops, a CORS preflight and its request), in order. */
  exchanges: readonly Exchange[];
  /** Index of the exchange being checked. */
  index: number;
  /** Largest body (in bytes) that content rules may decode and inspect. */
  maxBody: number;
  /**
   * Says this rule could not judge this exchange (a body past --max-body, a probe that did not run, …) and why.
   * Returns no findings, so a check can end with `return context.notEvaluated('…')`. Never a silent pass.
   */
  notEvaluated(reason: string): RuleFinding[];
}

export interface Rule {
  meta: RuleMeta;
  check(exchange: Exchange, context: RuleContext): RuleFinding[];
}

/** Identity function that gives a rule module its type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A rule that could not judge an exchange, and why (reported in every format, never counted as passed). */
export interface NotEvaluated {
  ruleId: string;
  reason: string;
}

/** A finding as reported: the rule's finding with its id and resolved severity. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  evidence: string;
  location: Location | null;
}
