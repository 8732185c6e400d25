// Which evidence a rule needs, and which rules an exchange cannot support: a rule needing evidence the input
// lacks (a HAR has no wire bytes) is "not evaluated", never silently passed.
import type { EvidenceKind, Exchange } from '../exchange';
import type { Rule, RuleMeta, RuleSetting } from './rule';

/** Everything the rule needs: declared needs, 'wire' for framing rules, 'body' for content rules. */
export function needsOf(meta: RuleMeta): Set<EvidenceKind> {
  const needs = new Set<EvidenceKind>(meta.needs ?? []);
  if (meta.category === 'framing') needs.add('wire');
  if (meta.category === 'content') needs.add('body');
  return needs;
}

/** Evidence this exchange lacks: what its input declared unavailable, and always the wire bytes of a HAR. */
export function unavailableOf(exchange: Exchange): Set<EvidenceKind> {
  const missing = new Set<EvidenceKind>(exchange.unavailable ?? []);
  if (exchange.source === 'har') missing.add('wire');
  // HTTP/2 has no status line, header lines or chunked coding: HTTP/1.1 syntax rules do not apply.
  if (exchange.protocol === 'h2' || exchange.protocol === 'h2c') missing.add('http1-syntax');
  return missing;
}

/**
 * Ids of the rules that cannot be judged on this exchange, in the order given. Rules set to 'off' are left
 * out when `settings` is given (they were not asked for).
 */
export function notEvaluatedRules(
  exchange: Exchange,
  rules: readonly Rule[],
  settings?: ReadonlyMap<string, RuleSetting>,
): string[] {
  const missing = unavailableOf(exchange);
  if (missing.size === 0) return [];
  const ids: string[] = [];
  for (const rule of rules) {
    if (settings?.get(rule.meta.id) === 'off') continue;
    for (const need of needsOf(rule.meta)) {
      if (missing.has(need)) {
        ids.push(rule.meta.id);
        break;
      }
    }
  }
  return ids;
}

const NEED_WORDS: Record<EvidenceKind, string> = {
  wire: 'the input holds no raw bytes of the exchange (HAR keeps only parsed messages)',
  body: 'the input holds no response body',
  credentials: 'the input does not say whether the request carried credentials (HAR exporters strip them)',
  'http1-syntax': 'HTTP/1.1 message syntax (status line, header lines, chunked coding) does not exist on HTTP/2',
};

/** Why this rule cannot judge this exchange, or undefined when the exchange has the evidence it needs. */
export function missingEvidenceOf(exchange: Exchange, meta: RuleMeta): string | undefined {
  const missing = unavailableOf(exchange);
  if (missing.size === 0) return undefined;
  for (const need of needsOf(meta)) if (missing.has(need)) return NEED_WORDS[need];
  return undefined;
}
