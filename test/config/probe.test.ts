// "probe" in the config file (top level and per URL override) and --probe's names.
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { configLayers } from '../../src/config/layers';
import { resolveRunOptions } from '../../src/options/resolve';
import { parseProbeNames } from '../../src/options/probes';
import { allRules } from '../../rules/index';

const file = '/proj/httpinspect.config.json';
const validate = (json: unknown) => validateConfig(json, { file, ruleIds: allRules.map((r) => r.meta.id) });
/** The probes the resolved run options give one URL. */
const probesFor = (url: string, config: ReturnType<typeof validate>) => resolveRunOptions(configLayers(config, url)).probe ?? [];

describe('--probe names', () => {
  it('accepts comma-separated and repeated names, and "all"', () => {
    expect([...parseProbeNames(['conditional,range', 'head'])]).toEqual(['conditional', 'range', 'head']);
    expect([...parseProbeNames(['all'])]).toEqual(['conditional', 'range', 'encoding', 'head', 'options', 'reuse']);
  });

  it('names an unknown probe, with a suggestion', () => {
    expect(() => parseProbeNames(['conditional,rnage'])).toThrow('--probe: unknown probe "rnage" (did you mean "range"?); known probes: conditional, range, encoding, head, options, reuse, all');
  });
});

describe('config "probe"', () => {
  it('top level, replaced per URL by a matching override', () => {
    const config = validate({ probe: ['conditional'], overrides: [{ urls: ['http://127.0.0.1:*/static/**'], probe: ['all'] }] });
    expect(probesFor('http://127.0.0.1:8080/api/x', config)).toEqual(['conditional']);
    expect(probesFor('http://127.0.0.1:8080/static/app.js', config)).toHaveLength(6);
  });

  it('an override may carry only probes (no rules)', () => {
    expect(validate({ overrides: [{ urls: ['**'], probe: ['head'] }] }).overrides[0]!.options).toEqual({ probe: ['head'] });
  });

  it('rejects an unknown probe name with the file and JSON path', () => {
    expect(() => validate({ overrides: [{ urls: ['**'], probe: ['heda'] }] })).toThrow(/overrides\[0\]\.probe: unknown probe "heda" \(did you mean "head"\?\)/);
    expect(() => validate({ probe: [1] })).toThrow(`${file}: probe[0] must be a string, not 1`);
  });

  it('no probes without the key', () => {
    expect(probesFor('http://127.0.0.1/', validate({}))).toEqual([]);
  });
});
