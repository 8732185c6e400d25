// The config file as option layers (src/options/resolve.ts): its top-level and `request` keys, then the
// overrides whose URL globs match the target.
import type { OptionLayer } from '../options/resolve';
import { OPTIONS, type OptionKey, type OptionSpec } from '../options/table';
import { urlMatches } from './glob';
import type { ResolvedConfig } from './types';

/** Raw values of the option keys the file sets (request defaults, failOn and other top-level option keys). */
function fileValues(config: ResolvedConfig): Partial<Record<OptionKey, unknown>> {
  const values: Partial<Record<OptionKey, unknown>> = { ...config.options };
  const request = config.request as Record<string, unknown>;
  for (const spec of OPTIONS as readonly OptionSpec[]) {
    if (spec.config?.startsWith('request.')) {
      const value = request[spec.config.slice('request.'.length)];
      if (value !== undefined) values[spec.key as OptionKey] = value;
    }
  }
  if (config.failOn !== undefined) values.failOn = config.failOn;
  return values;
}

/** Lowest first: the file, then each matching override in file order (a later one wins). */
export function configLayers(config: ResolvedConfig | undefined, url?: string): OptionLayer[] {
  if (!config) return [];
  const layers: OptionLayer[] = [{ values: fileValues(config), where: (spec) => `${config.path}: ${spec.config ?? spec.key}` }];
  if (url === undefined) return layers;
  config.overrides.forEach((override, i) => {
    if (Object.keys(override.options).length > 0 && urlMatches(url, override.urls)) {
      layers.push({ values: override.options, where: (spec) => `${config.path}: overrides[${i}].${spec.key}` });
    }
  });
  return layers;
}
