// Precedence: built-in defaults < config file < overrides whose URL globs match < command line.
import type { RuleSetting } from '../engine/rule';
import { urlMatches } from './glob';
import type { ResolvedConfig, TargetConfig } from './types';

/**
 * Rule settings for one URL: the file's `rules`, then every matching override in file order (later wins),
 * then the CLI's --rule settings. A rule absent from the map keeps its own default severity.
 */
export function ruleSettingsFor(
  url: string,
  config: ResolvedConfig | undefined,
  cliSettings: ReadonlyMap<string, RuleSetting> = new Map(),
): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>(config?.rules ?? []);
  for (const override of config?.overrides ?? []) {
    if (!urlMatches(url, override.urls)) continue;
    for (const [id, setting] of override.rules) settings.set(id, setting);
  }
  for (const [id, setting] of cliSettings) settings.set(id, setting);
  return settings;
}

/**
 * Headers in -H form ("Name: value"): the file's defaults, then the target's, then the CLI's; a later
 * header replaces every earlier one with the same name (case-insensitive), keeping the later one's position.
 */
export function mergeHeaders(...layers: ReadonlyArray<ReadonlyArray<[string, string]> | readonly string[] | undefined>): string[] {
  const lines: Array<[string, string]> = [];
  for (const layer of layers) {
    if (!layer) continue;
    const pairs = layer.map((h): [string, string] => (typeof h === 'string' ? splitHeader(h) : h));
    const names = new Set(pairs.map(([n]) => n.toLowerCase()));
    for (let i = lines.length - 1; i >= 0; i--) if (names.has(lines[i]![0].toLowerCase())) lines.splice(i, 1);
    lines.push(...pairs);
  }
  return lines.map(([n, v]) => `${n}: ${v}`);
}

function splitHeader(line: string): [string, string] {
  const colon = line.indexOf(':');
  return colon < 0 ? [line.trim(), ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
}

/** A config target as CLI request flags (-X, -H, -d, --json-body, --origin), ready for requestSpecOf. */
export function targetFlags(target: TargetConfig): { request?: string; header: string[]; data?: string; jsonBody?: string; origin?: string } {
  const flags: { request?: string; header: string[]; data?: string; jsonBody?: string; origin?: string } = {
    header: target.headers.map(([n, v]) => `${n}: ${v}`),
  };
  if (target.method !== undefined) flags.request = target.method;
  if (target.body !== undefined) flags.data = target.body;
  if (target.jsonBody !== undefined) flags.jsonBody = target.jsonBody;
  if (target.origin !== undefined) flags.origin = target.origin;
  return flags;
}
