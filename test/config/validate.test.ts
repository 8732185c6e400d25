import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/options/usage';
import { validateConfig } from '../../src/config/validate';
import { allRules } from '../../rules/index';

const ruleIds = allRules.map((r) => r.meta.id);
const file = '/proj/httpinspect.config.json';
const validate = (json: unknown) => validateConfig(json, { file, ruleIds });

function errorOf(json: unknown): string {
  try {
    validate(json);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('validateConfig: a full, valid file', () => {
  it('resolves every section', () => {
    const config = validate({
      $schema: './node_modules/httpinspect/config.schema.json',
      rules: { 'framing/body-on-204': 'warning', 'cache/missing-cache-control': 'off' },
      failOn: 'warning',
      request: {
        headers: { Accept: 'application/json' },
        userAgent: 'ci-check/1',
        connectTimeout: '2s',
        maxTime: 10,
        extrasTimeout: '200ms',
        maxBody: '1MiB',
        maxHeaderSize: 65536,
        maxRedirs: 5,
        location: true,
        insecure: false,
      },
      overrides: [{ urls: ['https://legacy.example.com/**'], rules: { 'headers/missing-date': 'off' } }],
      targets: [
        'https://example.com/',
        { url: 'https://api.example.com/items', method: 'POST', headers: ['X-Req: 1'], body: '@payload.json', origin: 'https://app.example.com/' },
      ],
    });
    expect(Object.fromEntries(config.rules)).toEqual({ 'framing/body-on-204': 'warning', 'cache/missing-cache-control': 'off' });
    expect(config.failOn).toBe('warning');
    expect(config.request).toEqual({
      headers: [['Accept', 'application/json']],
      userAgent: 'ci-check/1',
      connectTimeout: '2s',
      maxTime: '10',
      extrasTimeout: '200ms',
      maxBody: '1MiB',
      maxHeaderSize: '65536',
      maxRedirs: '5',
      location: true,
      insecure: false,
    });
    expect(config.overrides).toEqual([{ urls: ['https://legacy.example.com/**'], rules: new Map([['headers/missing-date', 'off']]), options: {} }]);
    expect(config.targets).toEqual([
      { url: 'https://example.com/', headers: [] },
      { url: 'https://api.example.com/items', method: 'POST', headers: [['X-Req', '1']], body: '@/proj/payload.json', origin: 'https://app.example.com' },
    ]);
    expect(config.path).toBe(file);
  });

  it('accepts an empty object', () => {
    const config = validate({});
    expect(config.rules.size).toBe(0);
    expect(config.failOn).toBeUndefined();
    expect(config.targets).toEqual([]);
  });
});

describe('validateConfig: errors name the file, the JSON path and the closest valid name', () => {
  const cases: Array<[string, unknown, string]> = [
    ['root not an object', [], `${file}: the config file must be a JSON object, not an array`],
    ['unknown top-level key', { rule: {} }, `${file}: rule is not a known key (did you mean "rules"?)`],
    ['unknown key, no close match', { zzzzzzzz: 1 }, `${file}: zzzzzzzz is not a known key; known keys here: rules, probe, failOn, profile, request, overrides, targets`],
    ['unknown rule id', { rules: { 'framing/body-on-024': 'error' } }, `${file}: rules["framing/body-on-024"] is not a known rule (did you mean "framing/body-on-204"?)`],
    ['unknown rule id, no close match', { rules: { 'nothing/like-it-at-all': 'error' } }, `${file}: rules["nothing/like-it-at-all"] is not a known rule; \`httpinspect rules\` lists them`],
    ['bad severity', { rules: { 'framing/body-on-204': 'warn' } }, `${file}: rules["framing/body-on-204"] must be one of "off", "info", "warning", "error", not "warn" (did you mean "warning"?)`],
    ['numeric severity', { rules: { 'framing/body-on-204': 2 } }, `${file}: rules["framing/body-on-204"] must be one of "off", "info", "warning", "error", not 2`],
    ['bad failOn', { failOn: 'errors' }, `${file}: failOn must be one of "error", "warning", "info", "none", not "errors" (did you mean "error"?)`],
    ['bad profile', { profile: 'strcit' }, `${file}: profile must be one of "recommended", "strict", "minimal", not "strcit" (did you mean "strict"?)`],
    ['misspelled request key', { request: { maxTmie: '2s' } }, `${file}: request.maxTmie is not a known key (did you mean "maxTime"?)`],
    ['bad duration', { request: { connectTimeout: 'fast' } }, `${file}: request.connectTimeout expects a duration such as 5, 2s or 500ms, not "fast"`],
    ['bad size', { request: { maxBody: 'huge' } }, `${file}: request.maxBody expects a size such as 10MiB, 512k or 1048576, not "huge"`],
    ['duration of wrong type', { request: { maxTime: true } }, `${file}: request.maxTime must be a string such as "2s" or "10MiB", or a number, not true`],
    ['bad boolean', { request: { location: 'yes' } }, `${file}: request.location must be true or false, not "yes"`],
    ['bad header name', { request: { headers: { 'Bad Name': 'x' } } }, `${file}: request.headers["Bad Name"] has an invalid header name "Bad Name"`],
    ['header line without colon', { request: { headers: ['NoColon'] } }, `${file}: request.headers[0] must be "Name: value", not "NoColon"`],
    ['header value not a string', { request: { headers: [['X-A', 1]] } }, `${file}: request.headers[0] must have a string value, not 1`],
    ['overrides not an array', { overrides: {} }, `${file}: overrides must be an array, not an object`],
    ['override without urls', { overrides: [{ rules: {} }] }, `${file}: overrides[0] needs "urls": a list of URL globs such as "https://api.example.com/**"`],
    ['override key typo', { overrides: [{ url: ['x'], rules: {} }] }, `${file}: overrides[0].url is not a known key (did you mean "urls"?)`],
    ['override url not a string', { overrides: [{ urls: ['https://a.test/**', 3], rules: {} }] }, `${file}: overrides[0].urls[1] must be a string, not 3`],
    ['override unknown rule', { overrides: [{ urls: ['**'], rules: { 'cache/vary-stat': 'off' } }] }, `${file}: overrides[0].rules["cache/vary-stat"] is not a known rule (did you mean "cache/vary-star"?)`],
    ['target without url', { targets: [{ method: 'GET' }] }, `${file}: targets[0] needs "url"`],
    ['target bad url', { targets: [{ url: 'ftp://x.test/' }] }, `${file}: targets[0].url is not usable: unsupported scheme "ftp" in ftp://x.test/: httpinspect speaks http and https`],
    ['target key typo', { targets: [{ url: 'https://x.test/', hedaers: {} }] }, `${file}: targets[0].hedaers is not a known key (did you mean "headers"?)`],
    ['target json_body', { targets: [{ url: 'https://x.test/', json_body: {} }] }, `${file}: targets[0].json_body is not a known key (did you mean "jsonBody"?)`],
    ['target bad method', { targets: [{ url: 'https://x.test/', method: 'GE T' }] }, `${file}: targets[0].method is not a valid HTTP method: "GE T"`],
    ['target body and jsonBody', { targets: [{ url: 'https://x.test/', body: 'a', jsonBody: {} }] }, `${file}: targets[0] has both "body" and "jsonBody": use one`],
    ['target origin with a path', { targets: [{ url: 'https://x.test/', origin: 'https://app.test/page' }] }, `${file}: targets[0].origin must be an origin such as "https://app.example.com" (scheme://host[:port], no path), not "https://app.test/page"`],
  ];
  for (const [name, json, message] of cases) {
    it(name, () => {
      expect(errorOf(json)).toBe(message);
    });
  }
});

describe('validateConfig: values', () => {
  it('serializes a JSON body written as JSON, keeps a string one, resolves @file next to the config', () => {
    const config = validate({
      targets: [
        { url: 'https://x.test/', jsonBody: [1, { a: null }] },
        { url: 'https://x.test/', jsonBody: '{"raw": true}' },
        { url: 'https://x.test/', jsonBody: '@data/body.json' },
        { url: 'https://x.test/', body: '@-' },
        { url: 'https://x.test/', body: '@/abs/file' },
      ],
    });
    expect(config.targets.map((t) => t.jsonBody ?? t.body)).toEqual(['[1,{"a":null}]', '{"raw": true}', '@/proj/data/body.json', '@-', '@/abs/file']);
  });

  it('accepts "null" as an origin (sandboxed pages send it)', () => {
    expect(validate({ targets: [{ url: 'https://x.test/', origin: 'null' }] }).targets[0]!.origin).toBe('null');
  });
});

describe('the README example', () => {
  it('is a valid config file', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Config file'));
    const json = /```json\n([\s\S]*?)\n```/.exec(section)![1]!;
    const config = validate(JSON.parse(json));
    expect(config.targets).toHaveLength(3);
    expect(config.overrides).toHaveLength(2);
    expect(config.failOn).toBe('warning');
  });
});
