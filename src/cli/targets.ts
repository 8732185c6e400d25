// Where targets come from: URLs on the command line, and `--input` lists ("URL" or "METHOD URL" per line).
import { isToken } from '../http/token';
import type { RequestSpec } from '../http1/request';
import { requestSpecOf, type RequestFlags } from './requestOptions';
import { UsageError } from '../options/usage';
import { mergeHeaders, targetFlags } from '../config/merge';
import type { ResolvedConfig } from '../config/types';

export interface Target {
  spec: RequestSpec;
  /** The file (and 1-based line) the target was read from, for reports that point at a location. */
  source?: { file: string; line?: number };
  /** A config target's own --origin. */
  origin?: string;
}



export function targetsFromArgs(urls: readonly string[], flags: RequestFlags): Target[] {
  return urls.map((url) => ({ spec: requestSpecOf(url, flags) }));
}

/**
 * One target per line: "URL" or "METHOD URL". Blank lines and lines starting with # are skipped.
 * A method on the line overrides -X; every other request option applies to every line.
 */
export function targetsFromList(text: string, file: string, flags: RequestFlags): Target[] {
  const targets: Target[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const parts = line.split(/\s+/);
    if (parts.length > 2 || (parts.length === 2 && !isToken(parts[0]!))) {
      throw new UsageError(`${file}:${index + 1}: expected "URL" or "METHOD URL", not "${line}"`);
    }
    const [method, url] = parts.length === 2 ? [parts[0]!.toUpperCase(), parts[1]!] : [undefined, parts[0]!];
    try {
      targets.push({ spec: requestSpecOf(url, method ? { ...flags, request: method } : flags), source: { file, line: index + 1 } });
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(`${file}:${index + 1}: ${err.message}`);
      throw err;
    }
  });
  return targets;
}

/** A config file's targets: each its own request; headers layer file defaults < target < command line. */
export function targetsFromConfig(config: ResolvedConfig, flags: RequestFlags, cliHeaders: readonly string[]): Target[] {
  return config.targets.map((target, index) => {
    const own = targetFlags(target);
    const merged: RequestFlags = { ...flags, ...own, header: mergeHeaders(config.request.headers, target.headers, cliHeaders) };
    try {
      return { spec: requestSpecOf(target.url, merged), source: { file: config.path }, origin: own.origin };
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(`${config.path}: targets[${index}]: ${err.message}`);
      throw err;
    }
  });
}
