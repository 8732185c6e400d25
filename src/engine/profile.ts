// Severity profiles (--profile, config `profile`): which rules run and how loud they are, before the user's own
// per-rule settings (--rule, config `rules`), which always win.
//   recommended  every rule at its own severity (the default)
//   minimal      only rules whose default severity is error: what certainly breaks
//   strict       every rule; advice (info) is raised to warning, so --fail-on warning catches it
import type { RuleMeta, RuleSetting, Severity } from './rule';

export const PROFILES = ['recommended', 'strict', 'minimal'] as const;
export type Profile = (typeof PROFILES)[number];
export const DEFAULT_PROFILE: Profile = 'recommended';

/** A severity as the profile reports it (strict raises info to warning). */
export function severityIn(profile: Profile, severity: Severity): Severity {
  return profile === 'strict' && severity === 'info' ? 'warning' : severity;
}

/**
 * The rule's effective setting: the user's, when they gave one; otherwise 'off' when the profile leaves the rule
 * out, else the severity its findings are reported at by default.
 */
export function effectiveSetting(meta: Pick<RuleMeta, 'severity'>, profile: Profile, user?: RuleSetting): RuleSetting {
  if (user !== undefined) return user;
  if (profile === 'minimal' && meta.severity !== 'error') return 'off';
  return severityIn(profile, meta.severity);
}

/**
 * The severity of one finding: the user's setting for the rule when given (it overrides the finding's own
 * variant), else the finding's own or the rule's severity as the profile reports it; null when the rule is off.
 */
export function findingSeverity(meta: Pick<RuleMeta, 'severity'>, profile: Profile, user: RuleSetting | undefined, own?: Severity): Severity | null {
  const setting = effectiveSetting(meta, profile, user);
  if (setting === 'off') return null;
  if (user !== undefined) return user as Severity;
  return severityIn(profile, own ?? meta.severity);
}

/** The rule's setting in every profile (what `httpinspect rules` and the README show). */
export function profileMembership(meta: Pick<RuleMeta, 'severity'>): Record<Profile, RuleSetting> {
  return { minimal: effectiveSetting(meta, 'minimal'), recommended: effectiveSetting(meta, 'recommended'), strict: effectiveSetting(meta, 'strict') };
}

/** "minimal, recommended, strict" / "recommended, strict (as warning)": the profiles a rule runs in, in words. */
export function profilesText(meta: Pick<RuleMeta, 'severity'>): string {
  const membership = profileMembership(meta);
  return (['minimal', 'recommended', 'strict'] as const)
    .filter((p) => membership[p] !== 'off')
    .map((p) => (membership[p] !== meta.severity ? `${p} (as ${membership[p]})` : p))
    .join(', ');
}
