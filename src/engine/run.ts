// Runs every enabled rule over every exchange, isolating rules that throw, and resolves severities.
import type { Exchange } from '../exchange';
import type { Finding, Rule, RuleSetting, Severity } from './rule';
import { notEvaluatedRules } from './needs';

export { notEvaluatedRules } from './needs';

/** Per-rule settings from the user (CLI / config file); a function when they depend on the URL (config overrides). */
export type RuleSettings = ReadonlyMap<string, RuleSetting> | ((exchange: Exchange) => ReadonlyMap<string, RuleSetting>);

export interface EngineConfig {
  /** A rule absent from the settings keeps its own severity. */
  settings: RuleSettings;
  maxBody: number;
}

export function settingsOf(settings: RuleSettings, exchange: Exchange): ReadonlyMap<string, RuleSetting> {
  return typeof settings === 'function' ? settings(exchange) : settings;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Findings for each exchange, in the same order as `exchanges`. */
export function runRules(exchanges: readonly Exchange[], rules: readonly Rule[], config: EngineConfig): Finding[][] {
  return exchanges.map((exchange, index) => {
    const findings: Finding[] = [];
    const settings = settingsOf(config.settings, exchange);
    // Rules needing evidence this exchange's input lacks (HAR: no wire bytes) are skipped, not passed.
    const skipped = new Set(notEvaluatedRules(exchange, rules));
    for (const rule of rules) {
      const setting = settings.get(rule.meta.id);
      if (setting === 'off' || skipped.has(rule.meta.id)) continue;
      try {
        for (const f of rule.check(exchange, { exchanges, index, maxBody: config.maxBody })) {
          findings.push({
            ruleId: rule.meta.id,
            severity: setting ?? f.severity ?? rule.meta.severity,
            message: f.message,
            evidence: f.evidence,
            location: f.location ?? null,
          });
        }
      } catch (err) {
        findings.push({
          ruleId: 'internal/rule-failed',
          severity: 'warning',
          message: `rule ${rule.meta.id} failed on this response and was skipped: ${err instanceof Error ? err.message : String(err)}`,
          evidence: '',
          location: null,
        });
      }
    }
    return sortFindings(findings);
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.location?.offset ?? Infinity) - (b.location?.offset ?? Infinity) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
