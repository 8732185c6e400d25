// Options are resolved once per target: built-in defaults < config file < matching config overrides < command
// line. Each value is parsed by its kind into the typed run options every stage reads.
import { parseOptionValue } from './parse';
import { OPTIONS, flagNamesOf, type OptionKey, type OptionSpec, type RunOptions } from './table';

/** One source of option values, raw (as written), and how its errors name an option. */
export interface OptionLayer {
  values: Partial<Record<OptionKey, unknown>>;
  /** "--max-time" for the command line; "httpinspect.config.json: request.maxTime" for the file. */
  where(spec: OptionSpec): string;
}

export const COMMAND_LINE = (values: Partial<Record<OptionKey, unknown>>): OptionLayer => ({ values, where: flagNamesOf });

/** The typed options from the layers, lowest precedence first. */
export function resolveRunOptions(layers: readonly OptionLayer[]): RunOptions {
  const resolved: Record<string, unknown> = {};
  for (const spec of OPTIONS as readonly OptionSpec[]) {
    let value: unknown = spec.default === undefined ? undefined : parseOptionValue(spec, spec.default, flagNamesOf(spec));
    for (const layer of layers) {
      const raw = layer.values[spec.key as OptionKey];
      if (raw !== undefined) value = parseOptionValue(spec, raw, layer.where(spec));
    }
    resolved[spec.key] = value;
  }
  return resolved as RunOptions;
}

/** The defaults alone (what `demo` and the proxy start from). */
export function defaultRunOptions(): RunOptions {
  return resolveRunOptions([]);
}
