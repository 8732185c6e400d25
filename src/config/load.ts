// Finds and reads the config file: `-c <path>`, else httpinspect.config.json in the working directory;
// `--no-config` skips it. The only I/O of src/config.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allRules } from '../../rules/index';
import { UsageError } from '../options/usage';
import { CONFIG_FILE_NAME, type ResolvedConfig } from './types';
import { validateConfig } from './validate';

export interface LoadConfigOptions {
  cwd: string;
  /** -c/--config: this file, which must exist. */
  path?: string;
  /** --no-config. */
  disabled?: boolean;
  /** Defaults to every rule httpinspect knows. */
  ruleIds?: readonly string[];
}

/** The resolved config, or undefined when there is none (disabled, or no file in the working directory). */
export function loadConfig(options: LoadConfigOptions): ResolvedConfig | undefined {
  if (options.disabled) return undefined;
  const explicit = options.path !== undefined;
  const file = explicit ? resolve(options.cwd, options.path!) : join(options.cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return undefined;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new UsageError(`cannot read config file "${options.path ?? file}": ${why}`);
  }
  return parseConfig(text, file, options.ruleIds ?? allRules.map((r) => r.meta.id));
}

/** Parses and validates config text; errors name `file` and, for bad JSON, the line and column. */
export function parseConfig(text: string, file: string, ruleIds: readonly string[]): ResolvedConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON${where(text, (err as Error).message)}: ${(err as Error).message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
  return validateConfig(json, { file, ruleIds });
}

/** " at line L, column C" from the position in V8's JSON.parse message, when it gives one. */
function where(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
