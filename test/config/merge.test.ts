import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load';
import { mergeHeaders, ruleSettingsFor, targetFlags } from '../../src/config/merge';
import { configLayers } from '../../src/config/layers';
import { COMMAND_LINE, resolveRunOptions } from '../../src/options/resolve';
import { requestSpecOf } from '../../src/cli/requestOptions';

const ids = ['cache/missing-cache-control', 'cache/no-validator', 'headers/missing-date', 'framing/body-on-204'];
const config = parseConfig(
  JSON.stringify({
    rules: { 'cache/missing-cache-control': 'warning', 'headers/missing-date': 'off' },
    overrides: [
      { urls: ['https://api.example.com/**'], rules: { 'cache/missing-cache-control': 'off', 'cache/no-validator': 'error' } },
      { urls: ['https://api.example.com/v2/**'], rules: { 'cache/missing-cache-control': 'info' } },
    ],
    request: { maxTime: '5s', maxBody: 1024, insecure: true, headers: { Accept: 'application/json', 'X-Team': 'web' } },
  }),
  '/proj/httpinspect.config.json',
  ids,
);

describe('ruleSettingsFor: defaults < file < matching overrides < CLI', () => {
  it('uses the file settings where no override matches; unset rules keep their defaults', () => {
    const s = ruleSettingsFor('https://www.example.com/', config);
    expect(Object.fromEntries(s)).toEqual({ 'cache/missing-cache-control': 'warning', 'headers/missing-date': 'off' });
    expect(s.has('framing/body-on-204')).toBe(false);
  });

  it('applies matching overrides in file order, later ones winning', () => {
    expect(Object.fromEntries(ruleSettingsFor('https://api.example.com/v1/users', config))).toEqual({
      'cache/missing-cache-control': 'off',
      'cache/no-validator': 'error',
      'headers/missing-date': 'off',
    });
    expect(ruleSettingsFor('https://api.example.com/v2/users', config).get('cache/missing-cache-control')).toBe('info');
  });

  it('lets the command line win over file and overrides', () => {
    const cli = new Map([['cache/no-validator', 'warning' as const], ['headers/missing-date', 'error' as const]]);
    const s = ruleSettingsFor('https://api.example.com/v2/users', config, cli);
    expect(s.get('cache/no-validator')).toBe('warning');
    expect(s.get('headers/missing-date')).toBe('error');
    expect(s.get('cache/missing-cache-control')).toBe('info');
  });

  it('works without a config file', () => {
    expect(Object.fromEntries(ruleSettingsFor('https://x.test/', undefined, new Map([['a', 'off' as const]])))).toEqual({ a: 'off' });
  });
});

describe('request defaults', () => {
  it('fill options the command line did not give, never the ones it did', () => {
    const run = resolveRunOptions([...configLayers(config), COMMAND_LINE({ maxBody: '10MiB' })]);
    expect({ maxTime: run.maxTime, maxBody: run.maxBody, insecure: run.insecure, connectTimeout: run.connectTimeout }).toEqual({
      maxTime: 5000,
      maxBody: 10 * 1024 * 1024,
      insecure: true,
      connectTimeout: 10_000,
    });
    // Without the command line, the file's 1024 bytes apply; without the file, the table's defaults.
    expect(resolveRunOptions(configLayers(config)).maxBody).toBe(1024);
    expect(resolveRunOptions([]).maxTime).toBe(30_000);
  });

  it('merge headers file < target < CLI, same name replaced case-insensitively', () => {
    const lines = mergeHeaders(config.request.headers, [['accept', 'text/csv']], ['X-Team: api', 'X-Debug: 1']);
    expect(lines).toEqual(['accept: text/csv', 'X-Team: api', 'X-Debug: 1']);
    expect(mergeHeaders(undefined, [], ['Accept:'])).toEqual(['Accept: ']);
  });
});

describe('targetFlags', () => {
  it('turns a target into request flags that requestSpecOf accepts', () => {
    const c = parseConfig(
      JSON.stringify({ targets: [{ url: 'https://api.example.com/items', method: 'PUT', headers: [['X-A', '1']], jsonBody: { name: 'x' }, origin: 'https://app.example.com' }] }),
      '/proj/httpinspect.config.json',
      ids,
    );
    const flags = targetFlags(c.targets[0]!);
    expect(flags).toEqual({ request: 'PUT', header: ['X-A: 1'], jsonBody: '{"name":"x"}', origin: 'https://app.example.com' });
    const spec = requestSpecOf(c.targets[0]!.url, flags);
    expect(spec.method).toBe('PUT');
    expect(spec.body?.toString()).toBe('{"name":"x"}');
    expect(spec.headers).toContainEqual(['Content-Type', 'application/json']);
  });
});
