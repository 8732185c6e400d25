// The configuration file's model (httpinspect.config.json), as validated: every value checked and normalized.
import type { RuleSetting, Severity } from '../engine/rule';
import type { OptionKey } from '../options/table';

export type FailOn = Severity | 'none';

/**
 * Request defaults. Keys are the CLI's long option names in camelCase, and values are in the CLI's syntax
 * ("2s", "10MiB"), so they slot in where an option was not given on the command line.
 */
export interface RequestDefaults {
  headers?: Array<[string, string]>;
  userAgent?: string;
  connectTimeout?: string;
  tlsTimeout?: string;
  firstByteTimeout?: string;
  idleTimeout?: string;
  maxTime?: string;
  extrasTimeout?: string;
  maxBody?: string;
  maxHeaderSize?: string;
  maxTotalSize?: string;
  maxRedirs?: string;
  location?: boolean;
  insecure?: boolean;
}

/** Rule settings for the URLs that match one of `urls` (globs: `*` within a path segment, `**` across). */
export interface UrlOverride {
  urls: string[];
  rules: ReadonlyMap<string, RuleSetting>;
  /** Option keys the table marks `perUrl`, raw as written (validated). */
  options: Partial<Record<OptionKey, unknown>>;
}

/** One target to inspect, with its own request. */
export interface TargetConfig {
  url: string;
  method?: string;
  /** In the order written. */
  headers: Array<[string, string]>;
  /** Sent as is (UTF-8); "@file" was resolved against the config file's folder, as -d @file reads it. */
  body?: string;
  /** JSON text (a JSON value in the file is serialized); "@file" resolved as for `body`. */
  jsonBody?: string;
  /** Simulate a browser page at this origin (--origin). */
  origin?: string;
}

export interface ResolvedConfig {
  /** The file it came from (absolute). */
  path: string;
  rules: ReadonlyMap<string, RuleSetting>;
  failOn?: FailOn;
  request: RequestDefaults;
  /** Other top-level option keys of the option table (e.g. `profile`), raw as written (validated). */
  options: Partial<Record<OptionKey, unknown>>;
  overrides: UrlOverride[];
  targets: TargetConfig[];
}

export const CONFIG_FILE_NAME = 'httpinspect.config.json';
