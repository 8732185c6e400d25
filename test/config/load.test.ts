import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/options/usage';
import { loadConfig } from '../../src/config/load';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'httpinspect-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('finds httpinspect.config.json in the working directory', () => {
    writeFileSync(join(dir, 'httpinspect.config.json'), JSON.stringify({ failOn: 'info' }));
    const config = loadConfig({ cwd: dir });
    expect(config?.failOn).toBe('info');
    expect(config?.path).toBe(join(dir, 'httpinspect.config.json'));
  });

  it('returns undefined when there is no file, or with --no-config', () => {
    expect(loadConfig({ cwd: dir })).toBeUndefined();
    writeFileSync(join(dir, 'httpinspect.config.json'), '{ not json');
    expect(loadConfig({ cwd: dir, disabled: true })).toBeUndefined();
  });

  it('reads -c <path> relative to the working directory, and requires it to exist', () => {
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci', 'strict.json'), JSON.stringify({ failOn: 'warning' }));
    writeFileSync(join(dir, 'httpinspect.config.json'), JSON.stringify({ failOn: 'none' }));
    expect(loadConfig({ cwd: dir, path: 'ci/strict.json' })?.failOn).toBe('warning');
    expect(() => loadConfig({ cwd: dir, path: 'missing.json' })).toThrow(new UsageError('cannot read config file "missing.json": no such file'));
    expect(() => loadConfig({ cwd: dir, path: 'ci' })).toThrow(new UsageError('cannot read config file "ci": it is a directory'));
  });

  it('reports invalid JSON with the file, line and column', () => {
    const file = join(dir, 'httpinspect.config.json');
    writeFileSync(file, '{\n  "failOn": "error",\n  "rules": {,}\n}\n');
    let message = '';
    try {
      loadConfig({ cwd: dir });
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      message = (err as Error).message;
    }
    expect(message.startsWith(`${file}: not valid JSON at line 3, column 13: `)).toBe(true);
  });

  it('reports validation problems with the file path', () => {
    const file = join(dir, 'httpinspect.config.json');
    writeFileSync(file, JSON.stringify({ rules: { 'framing/bare-lff': 'error' } }));
    expect(() => loadConfig({ cwd: dir })).toThrow(`${file}: rules["framing/bare-lff"] is not a known rule (did you mean "framing/bare-lf"?)`);
  });

  it('accepts a UTF-8 BOM', () => {
    writeFileSync(join(dir, 'httpinspect.config.json'), `\ufeff${JSON.stringify({ failOn: 'none' })}`);
    expect(loadConfig({ cwd: dir })?.failOn).toBe('none');
  });
});
