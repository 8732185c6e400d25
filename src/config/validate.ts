// Checks a parsed config file key by key. Every problem is one UsageError naming the file and the JSON path
// ("httpinspect.config.json: request.maxTmie is not a known key (did you mean "maxTime"?)").
import { TOKEN } from '../http/token';
import { isAbsolute, resolve } from 'node:path';
import type { RuleSetting } from '../engine/rule';
import { parseUrl } from '../options/request';
import { closest } from '../options/suggest';
import { UsageError } from '../options/usage';
import { parseCount, parseDuration, parseSize } from '../options/units';
import type { FailOn, RequestDefaults, ResolvedConfig, TargetConfig, UrlOverride } from './types';
import { OPTIONS, type OptionKey, type OptionSpec } from '../options/table';
import { parseOptionValue } from '../options/parse';

export interface ValidateContext {
  /** The config file's path, as shown in errors; relative "@file" bodies resolve against its folder. */
  file: string;
  ruleIds: readonly string[];
}

// The option table says which options the file may set, where, and how each is written.
const FILE_OPTIONS = (OPTIONS as readonly OptionSpec[]).filter((o) => o.config !== undefined);
const REQUEST_OPTIONS = FILE_OPTIONS.filter((o) => o.config!.startsWith('request.'));
const TOP_OPTIONS = FILE_OPTIONS.filter((o) => !o.config!.includes('.'));
const URL_OPTIONS = (OPTIONS as readonly OptionSpec[]).filter((o) => o.perUrl === true);
const TOP_KEYS = ['$schema', 'rules', ...TOP_OPTIONS.map((o) => o.config!), 'request', 'overrides', 'targets'];
const REQUEST_KEYS = ['headers', ...REQUEST_OPTIONS.map((o) => o.config!.slice('request.'.length))];
const OVERRIDE_KEYS = ['urls', 'rules', ...URL_OPTIONS.map((o) => o.key)];
const TARGET_KEYS = ['url', 'method', 'headers', 'body', 'jsonBody', 'origin'] as const;
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'none'];

type Json = unknown;

export function validateConfig(json: Json, context: ValidateContext): ResolvedConfig {
  const v = new Validator(context);
  const root = v.object(json, '', 'the config file');
  v.knownKeys(root, '', TOP_KEYS);
  const config: ResolvedConfig = {
    path: context.file,
    rules: root.rules === undefined ? new Map() : v.rules(root.rules, 'rules'),
    request: root.request === undefined ? {} : v.request(root.request, 'request'),
    overrides: root.overrides === undefined ? [] : v.array(root.overrides, 'overrides').map((o, i) => v.override(o, `overrides[${i}]`)),
    targets: root.targets === undefined ? [] : v.array(root.targets, 'targets').map((t, i) => v.target(t, `targets[${i}]`)),
    options: {},
  };
  if (root.failOn !== undefined) config.failOn = v.oneOf(root.failOn, 'failOn', FAIL_ON);
  for (const spec of TOP_OPTIONS) {
    if (spec.key !== 'failOn' && root[spec.config!] !== undefined) config.options[spec.key as OptionKey] = v.option(spec, root[spec.config!], spec.config!);
  }
  return config;
}

function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

/** The closest candidate: a likely typo, or a candidate the input is a prefix of ("warn" → "warning"). */
function suggestion(input: string, candidates: readonly string[]): string {
  const match = closest(input, candidates) ?? (input.length >= 3 ? candidates.find((c) => c.toLowerCase().startsWith(input.toLowerCase())) : undefined);
  return match ? ` (did you mean "${match}"?)` : '';
}

class Validator {
  constructor(private readonly context: ValidateContext) {}

  fail(path: string, problem: string): never {
    throw new UsageError(`${this.context.file}: ${path === '' ? '' : `${path} `}${problem}`);
  }

  object(value: Json, path: string, what = path): Record<string, Json> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UsageError(`${this.context.file}: ${what} must be a JSON object, not ${describe(value)}`);
    }
    return value as Record<string, Json>;
  }

  array(value: Json, path: string): Json[] {
    if (!Array.isArray(value)) this.fail(path, `must be an array, not ${describe(value)}`);
    return value;
  }

  string(value: Json, path: string): string {
    if (typeof value !== 'string') this.fail(path, `must be a string, not ${describe(value)}`);
    return value;
  }

  boolean(value: Json, path: string): boolean {
    if (typeof value !== 'boolean') this.fail(path, `must be true or false, not ${describe(value)}`);
    return value;
  }

  oneOf<T extends string>(value: Json, path: string, allowed: readonly T[]): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const list = allowed.map((a) => `"${a}"`).join(', ');
    const hint = typeof value === 'string' ? suggestion(value, allowed) : '';
    this.fail(path, `must be one of ${list}, not ${describe(value)}${hint}`);
  }

  knownKeys(object: Record<string, Json>, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(object)) {
      if (allowed.includes(key)) continue;
      const hint = suggestion(key, allowed);
      const where = path === '' ? key : `${path}.${key}`;
      this.fail(where, `is not a known key${hint || `; known keys here: ${allowed.filter((k) => k !== '$schema').join(', ')}`}`);
    }
  }

  rules(value: Json, path: string): Map<string, RuleSetting> {
    const object = this.object(value, path);
    const settings = new Map<string, RuleSetting>();
    for (const [id, setting] of Object.entries(object)) {
      const where = `${path}["${id}"]`;
      if (!this.context.ruleIds.includes(id)) {
        this.fail(where, `is not a known rule${suggestion(id, this.context.ruleIds) || '; `httpinspect rules` lists them'}`);
      }
      settings.set(id, this.oneOf(setting, where, SETTINGS));
    }
    return settings;
  }

  /** Durations and sizes as the CLI spells them: strings ("2s", "10MiB") or numbers (seconds, bytes). */
  private cliValue(value: Json, path: string, check: (text: string, option: string) => number): string {
    if (typeof value !== 'string' && typeof value !== 'number') this.fail(path, `must be a string such as "2s" or "10MiB", or a number, not ${describe(value)}`);
    const text = String(value);
    try {
      check(text, path);
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(`${this.context.file}: ${err.message}`);
      throw err;
    }
    return text;
  }

  request(value: Json, path: string): RequestDefaults {
    const object = this.object(value, path);
    this.knownKeys(object, path, REQUEST_KEYS);
    const request: Record<string, unknown> = {};
    for (const spec of REQUEST_OPTIONS) {
      const key = spec.config!.slice('request.'.length);
      if (object[key] !== undefined) request[key] = this.option(spec, object[key], `${path}.${key}`);
    }
    if (object.headers !== undefined) request.headers = this.headers(object.headers, `${path}.headers`);
    return request as RequestDefaults;
  }

  /** A value as the command line would write it (durations and sizes stay text, "2s"), checked by its kind. */
  option(spec: OptionSpec, value: Json, path: string): unknown {
    switch (spec.kind) {
      case 'duration':
        return this.cliValue(value, path, parseDuration);
      case 'size':
        return this.cliValue(value, path, parseSize);
      case 'count':
        return this.cliValue(value, path, parseCount);
      case 'boolean':
        return this.boolean(value, path);
      case 'string':
        return this.string(value, path);
      case 'choice':
        return this.oneOf(value, path, spec.choices ?? []);
      case 'list': {
        const items = typeof value === 'string' ? [value] : this.array(value, path);
        const strings = items.map((item, i) => this.string(item, `${path}[${i}]`));
        // Parsed as the command line parses it (e.g. probe names are checked), errors naming this file.
        try {
          return parseOptionValue(spec, strings, path);
        } catch (err) {
          if (err instanceof UsageError) throw new UsageError(`${this.context.file}: ${err.message}`);
          throw err;
        }
      }
    }
  }

  /** `{ "Name": "value" }`, `[["Name", "value"]]` or `["Name: value"]`, in the order written. */
  headers(value: Json, path: string): Array<[string, string]> {
    let pairs: Array<[Json, Json, string]>;
    if (Array.isArray(value)) {
      pairs = value.map((item, i): [Json, Json, string] => {
        const where = `${path}[${i}]`;
        if (typeof item === 'string') {
          const colon = item.indexOf(':');
          if (colon <= 0) this.fail(where, `must be "Name: value", not ${describe(item)}`);
          return [item.slice(0, colon).trim(), item.slice(colon + 1).trim(), where];
        }
        if (!Array.isArray(item) || item.length !== 2) this.fail(where, `must be a [name, value] pair or "Name: value", not ${describe(item)}`);
        return [item[0], item[1], where];
      });
    } else {
      pairs = Object.entries(this.object(value, path)).map(([n, v]): [Json, Json, string] => [n, v, `${path}["${n}"]`]);
    }
    return pairs.map(([name, val, where]) => {
      if (typeof name !== 'string' || !TOKEN.test(name)) this.fail(where, `has an invalid header name ${describe(name)}`);
      if (typeof val !== 'string') this.fail(where, `must have a string value, not ${describe(val)}`);
      if (/[\r\n\0]/.test(val)) this.fail(where, 'has a value with a line break or NUL');
      return [name, val];
    });
  }

  override(value: Json, path: string): UrlOverride {
    const object = this.object(value, path);
    this.knownKeys(object, path, OVERRIDE_KEYS);
    if (object.urls === undefined) this.fail(path, 'needs "urls": a list of URL globs such as "https://api.example.com/**"');
    const options: Partial<Record<OptionKey, unknown>> = {};
    for (const spec of URL_OPTIONS) if (object[spec.key] !== undefined) options[spec.key as OptionKey] = this.option(spec, object[spec.key], `${path}.${spec.key}`);
    if (object.rules === undefined && Object.keys(options).length === 0) this.fail(path, 'needs "rules": the settings for those URLs');
    const urls = this.array(object.urls, `${path}.urls`).map((u, i) => this.string(u, `${path}.urls[${i}]`));
    if (urls.length === 0) this.fail(`${path}.urls`, 'is empty: list at least one URL glob');
    urls.forEach((u, i) => {
      if (u.trim() === '') this.fail(`${path}.urls[${i}]`, 'is empty');
    });
    return { urls, rules: object.rules === undefined ? new Map() : this.rules(object.rules, `${path}.rules`), options };
  }

  target(value: Json, path: string): TargetConfig {
    if (typeof value === 'string') value = { url: value };
    const object = this.object(value, path);
    this.knownKeys(object, path, TARGET_KEYS);
    if (object.url === undefined) this.fail(path, 'needs "url"');
    const url = this.string(object.url, `${path}.url`);
    try {
      parseUrl(url);
    } catch (err) {
      if (err instanceof UsageError) this.fail(`${path}.url`, `is not usable: ${err.message}`);
      throw err;
    }
    const target: TargetConfig = { url, headers: object.headers === undefined ? [] : this.headers(object.headers, `${path}.headers`) };
    if (object.method !== undefined) {
      const method = this.string(object.method, `${path}.method`);
      if (!TOKEN.test(method)) this.fail(`${path}.method`, `is not a valid HTTP method: ${describe(method)}`);
      target.method = method;
    }
    if (object.body !== undefined && object.jsonBody !== undefined) this.fail(path, 'has both "body" and "jsonBody": use one');
    if (object.body !== undefined) target.body = this.fileRef(this.string(object.body, `${path}.body`));
    if (object.jsonBody !== undefined) {
      target.jsonBody = typeof object.jsonBody === 'string' ? this.fileRef(object.jsonBody) : JSON.stringify(object.jsonBody);
    }
    if (object.origin !== undefined) target.origin = this.origin(object.origin, `${path}.origin`);
    return target;
  }

  private origin(value: Json, path: string): string {
    const text = this.string(value, path);
    if (text === 'null') return text;
    let origin: string | undefined;
    try {
      origin = new URL(text).origin;
    } catch {
      origin = undefined;
    }
    if (origin === undefined || origin === 'null' || origin !== text.replace(/\/$/, '')) {
      this.fail(path, `must be an origin such as "https://app.example.com" (scheme://host[:port], no path), not ${describe(text)}`);
    }
    return origin;
  }

  /** "@file" is relative to the config file's folder; "@-" (stdin) and plain text stay as they are. */
  private fileRef(text: string): string {
    if (!text.startsWith('@') || text === '@-') return text;
    const file = text.slice(1);
    return isAbsolute(file) ? text : `@${resolve(this.context.file, '..', file)}`;
  }
}
