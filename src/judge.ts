// Judging: exchanges (captured live, or read from a raw file, a HAR or a record) → an Inspection: findings,
// rules not evaluated (with the reason), and the CORS verdict. The one place where rules meet exchanges.
import type { Exchange } from './exchange';
import type { Finding, NotEvaluated, Rule } from './engine/rule';
import { evaluateRules, type RuleSettings } from './engine/run';
import type { Profile } from './engine/profile';
import { corsVerdict, type CorsVerdict } from './cors/verdict';

export interface Inspection {
  exchanges: Exchange[];
  /** Findings per exchange, same order. */
  findings: Finding[][];
  /** Per exchange, the rules that could not judge it and why (input without raw bytes, body past --max-body …). */
  notEvaluated: NotEvaluated[][];
  /** What a browser would do, when a request carries Origin (src/cors/verdict.ts). */
  cors?: CorsVerdict;
}

export interface JudgeSettings {
  /** Per-rule severities and `off` (config file, URL overrides, --rule). */
  rules: RuleSettings;
  /** Largest body, in bytes, that content rules decode (--max-body). */
  maxBody: number;
  /** --profile: recommended (default), strict or minimal. */
  profile?: Profile;
}

export function judge(exchanges: Exchange[], rules: readonly Rule[], settings: JudgeSettings): Inspection {
  const { findings, notEvaluated } = evaluateRules(exchanges, rules, { settings: settings.rules, maxBody: settings.maxBody, profile: settings.profile });
  // The CORS verdict is about the browser's flow; follow-up probes (appended last) are not part of it.
  const verdict = corsVerdict(exchanges.filter((e) => !e.probe), findings);
  return { exchanges, findings, notEvaluated, ...(verdict ? { cors: verdict } : {}) };
}
