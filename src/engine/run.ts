// Runs every enabled rule over every exchange, isolating rules that throw, and resolves severities.
import type { Exchange } from '../exchange';
import type { Finding, NotEvaluated, Rule, RuleFinding, RuleSetting, Severity } from './rule';
import { missingEvidenceOf } from './needs';
import { DEFAULT_PROFILE, effectiveSetting, findingSeverity, type Profile } from './profile';

export { notEvaluatedRules } from './needs';

/** Per-rule settings from the user (CLI / config file); a function when they depend on the URL (config overrides). */
export type RuleSettings = ReadonlyMap<string, RuleSetting> | ((exchange: Exchange) => ReadonlyMap<string, RuleSetting>);

export interface EngineConfig {
  /** A rule absent from the settings keeps its own severity. */
  settings: RuleSettings;
  maxBody: number;
  /** Which rules run and how loud (src/engine/profile.ts); default recommended. User settings win over it. */
  profile?: Profile;
}

/** What the rules made of each exchange, in the same order as the exchanges. */
export interface Judgement {
  findings: Finding[][];
  notEvaluated: NotEvaluated[][];
}

export function settingsOf(settings: RuleSettings, exchange: Exchange): ReadonlyMap<string, RuleSetting> {
  return typeof settings === 'function' ? settings(exchange) : settings;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Every enabled rule over every exchange: findings, and the rules that could not judge (with the reason). */
export function evaluateRules(exchanges: readonly Exchange[], rules: readonly Rule[], config: EngineConfig): Judgement {
  const findings: Finding[][] = [];
  const notEvaluated: NotEvaluated[][] = [];
  exchanges.forEach((exchange, index) => {
    const found: Finding[] = [];
    const skipped: NotEvaluated[] = [];
    const settings = settingsOf(config.settings, exchange);
    const profile = config.profile ?? DEFAULT_PROFILE;
    for (const rule of rules) {
      const setting = settings.get(rule.meta.id);
      if (effectiveSetting(rule.meta, profile, setting) === 'off') continue;
      // Rules needing evidence this exchange's input lacks (HAR: no wire bytes) are not evaluated, not passed.
      const missing = missingEvidenceOf(exchange, rule.meta);
      if (missing) {
        skipped.push({ ruleId: rule.meta.id, reason: missing });
        continue;
      }
      const context = {
        exchanges,
        index,
        maxBody: config.maxBody,
        notEvaluated(reason: string): RuleFinding[] {
          skipped.push({ ruleId: rule.meta.id, reason });
          return [];
        },
      };
      try {
        for (const f of rule.check(exchange, context)) {
          found.push({
            ruleId: rule.meta.id,
            severity: findingSeverity(rule.meta, profile, setting, f.severity)!,
            message: f.message,
            evidence: f.evidence,
            location: f.location ?? null,
          });
        }
      } catch (err) {
        found.push({
          ruleId: 'internal/rule-failed',
          severity: 'warning',
          message: `rule ${rule.meta.id} failed on this response and was skipped: ${err instanceof Error ? err.message : String(err)}`,
          evidence: '',
          location: null,
        });
      }
    }
    findings.push(sortFindings(found));
    notEvaluated.push(skipped);
  });
  return { findings, notEvaluated };
}

/** Findings for each exchange, in the same order as `exchanges`. */
export function runRules(exchanges: readonly Exchange[], rules: readonly Rule[], config: EngineConfig): Finding[][] {
  return evaluateRules(exchanges, rules, config).findings;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.location?.offset ?? Infinity) - (b.location?.offset ?? Infinity) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
