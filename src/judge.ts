// Judging: exchanges (captured, or read from a raw file or HAR) → findings, rules not evaluated, CORS verdict.
import type { Exchange } from './exchange';
import type { Rule } from './engine/rule';
import { notEvaluatedRules, runRules, settingsOf, type RuleSettings } from './engine/run';
import { corsVerdict } from './cors/verdict';
import type { Inspection } from './inspect';

export function judge(exchanges: Exchange[], rules: readonly Rule[], settings: RuleSettings, maxBody: number): Inspection {
  const findings = runRules(exchanges, rules, { settings, maxBody });
  const notEvaluated = exchanges.map((ex) => notEvaluatedRules(ex, rules, settingsOf(settings, ex)));
  const verdict = corsVerdict(exchanges, findings);
  return { exchanges, findings, notEvaluated, ...(verdict ? { cors: verdict } : {}) };
}
