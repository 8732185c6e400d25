// Turns an option's text (from the command line or the config file) into its typed value, by kind.
// `where` names the source in errors: "--max-time", or "request.maxTime" of a config file.
import type { OptionSpec } from './table';
import { parseCount, parseDuration, parseSize } from './units';
import { UsageError } from './usage';
import { parseProbeNames } from './probes';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

export function parseOptionValue(spec: OptionSpec, raw: unknown, where: string): unknown {
  switch (spec.kind) {
    case 'boolean':
      if (typeof raw !== 'boolean') throw new UsageError(`${where} must be true or false, not ${describe(raw)}`);
      return raw;
    case 'duration':
    case 'size':
    case 'count': {
      // The config file may write numbers (seconds, bytes); the command line always gives text.
      if (typeof raw !== 'string' && typeof raw !== 'number') throw new UsageError(`${where} must be a string such as "2s" or "10MiB", or a number, not ${describe(raw)}`);
      const text = String(raw);
      return spec.kind === 'duration' ? parseDuration(text, where) : spec.kind === 'size' ? parseSize(text, where) : parseCount(text, where);
    }
    case 'list': {
      const items = typeof raw === 'string' ? [raw] : raw;
      if (!Array.isArray(items) || items.some((i) => typeof i !== 'string')) throw new UsageError(`${where} must be a list of strings, not ${describe(raw)}`);
      // Probe names are checked wherever they are written (command line, config file, URL overrides).
      if (spec.key === 'probe') return [...parseProbeNames(items as string[], where)];
      return items as string[];
    }
    case 'choice': {
      const choices = spec.choices ?? [];
      if (typeof raw !== 'string' || !choices.includes(raw)) {
        throw new UsageError(`${where} must be one of ${choices.map((c) => `"${c}"`).join(', ')}, not ${describe(raw)}`);
      }
      return raw;
    }
    case 'level':
      // The command line counts the flag (-vv: 2); a boolean means 1 or 0.
      if (typeof raw === 'boolean') return raw ? 1 : 0;
      if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return raw;
      if (typeof raw === 'string' && /^\d+$/.test(raw)) return Number(raw);
      throw new UsageError(`${where} must be a count, not ${describe(raw)}`);
    case 'string':
      if (typeof raw !== 'string') throw new UsageError(`${where} must be a string, not ${describe(raw)}`);
      return raw;
  }
}
