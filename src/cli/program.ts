// The commander options of the inspect command, generated from the option table (src/options/table.ts), and
// the values the user actually gave on the command line, keyed like the table.
import { Option, type Command } from 'commander';
import { OPTIONS, type OptionKey, type OptionSpec } from '../options/table';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** "--no-config" declares `config: false` in commander; the table calls it `noConfig: true`. */
function negated(spec: OptionSpec): string | undefined {
  return /^--no-([a-z-]+)$/.exec(spec.flags)?.[1]?.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function helpText(spec: OptionSpec): string {
  if (spec.defaultText !== undefined) return `${spec.help} (default: ${spec.defaultText})`;
  if (typeof spec.default === 'string') return `${spec.help} (default: ${spec.default})`;
  return spec.help;
}

export function addInspectOptions(program: Command): void {
  addTableOptions(program, OPTIONS.map((o) => o.key));
}

/** Adds these entries of the option table to a command (the proxy takes the request, limit, rule and report ones). */
export function addTableOptions(program: Command, keys: readonly OptionKey[]): void {
  for (const spec of OPTIONS.filter((o) => keys.includes(o.key))) {
    const option = new Option(spec.flags, helpText(spec)).helpGroup(`${spec.group}:`);
    if (spec.kind === 'list') option.argParser(collect);
    // -v, -vv: each repetition counts.
    if (spec.kind === 'level') option.argParser((_value: string, previous: unknown) => (typeof previous === 'number' ? previous : 0) + 1);
    // Choices are checked with the other values (src/options/parse.ts), so the error names the option as ours do.
    program.addOption(option);
  }
}

/** Only what was given on the command line: defaults come from the option table, later, in one place. */
export function commandLineValues(command: Command, keys?: readonly OptionKey[]): Partial<Record<OptionKey, unknown>> {
  const given = command.opts<Record<string, unknown>>();
  const values: Partial<Record<OptionKey, unknown>> = {};
  for (const spec of OPTIONS.filter((o) => keys === undefined || keys.includes(o.key))) {
    const name = negated(spec);
    if (name !== undefined) {
      if (command.getOptionValueSource(name) === 'cli' && given[name] === false) values[spec.key] = true;
      continue;
    }
    const value = given[spec.key];
    // `--no-config` also sets `config` to false; that is noConfig's value, not a file name.
    if (command.getOptionValueSource(spec.key) !== 'cli' || value === undefined || (value === false && spec.kind !== 'boolean')) continue;
    values[spec.key] = value;
  }
  return values;
}
