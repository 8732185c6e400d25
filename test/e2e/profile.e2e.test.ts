// --profile through the real CLI against the lab: minimal keeps only error rules, strict raises advice to
// warnings (and --fail-on warning then fails), the user's --rule and config `rules` win over the profile, the
// config file's `profile` applies unless the command line says otherwise, and `rules` shows membership.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

interface Finding {
  ruleId: string;
  severity: string;
}

async function findings(scenario: string, args: string[] = [], cwd?: string) {
  const r = await runCli([`${lab.url}/scenario/${scenario}`, '--json', ...args], cwd ? { cwd } : {});
  const report = JSON.parse(r.stdout) as { exchanges: Array<{ findings: Finding[] }> };
  return { code: r.code, stderr: r.stderr, findings: report.exchanges[0]!.findings.map((f) => `${f.ruleId}=${f.severity}`) };
}

describe('--profile', () => {
  it('recommended (the default) reports advice as info; --fail-on warning passes', async () => {
    const byDefault = await findings('text-without-charset', ['--fail-on', 'warning']);
    expect(byDefault.findings).toEqual(['content/text-without-charset=info']);
    expect(byDefault.code).toBe(0);
    expect((await findings('text-without-charset', ['--profile', 'recommended'])).findings).toEqual(['content/text-without-charset=info']);
  });

  it('strict raises advice to warning, so --fail-on warning fails', async () => {
    const strict = await findings('text-without-charset', ['--profile', 'strict', '--fail-on', 'warning']);
    expect(strict.findings).toEqual(['content/text-without-charset=warning']);
    expect(strict.code).toBe(1);
  });

  it('minimal drops warning and info rules and keeps error rules', async () => {
    expect((await findings('json-mislabeled', ['--profile', 'minimal'])).findings).toEqual([]);
    expect((await findings('text-without-charset', ['--profile', 'minimal'])).findings).toEqual([]);
    const error = await findings('invalid-json', ['--profile', 'minimal']);
    expect(error.findings).toEqual(['content/invalid-json=error']);
    expect(error.code).toBe(1);
  });

  it('--rule wins over the profile', async () => {
    expect((await findings('text-without-charset', ['--profile', 'minimal', '--rule', 'content/text-without-charset=info'])).findings).toEqual(['content/text-without-charset=info']);
    expect((await findings('text-without-charset', ['--profile', 'strict', '--rule', 'content/text-without-charset=info'])).findings).toEqual(['content/text-without-charset=info']);
    expect((await findings('invalid-json', ['--profile', 'minimal', '--rule', 'content/invalid-json=off'])).findings).toEqual([]);
  });

  it('the config file sets the profile; its rules and the command line win', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpinspect-profile-'));
    writeFileSync(join(dir, 'httpinspect.config.json'), JSON.stringify({ profile: 'minimal', rules: { 'content/json-mislabeled': 'warning' } }));
    expect((await findings('text-without-charset', [], dir)).findings).toEqual([]);
    expect((await findings('json-mislabeled', [], dir)).findings).toEqual(['content/json-mislabeled=warning']);
    expect((await findings('text-without-charset', ['--profile', 'strict'], dir)).findings).toEqual(['content/text-without-charset=warning']);
  });

  it('a bad profile is a one-line usage error (exit 2), from the command line or the config file', async () => {
    const cli = await runCli([`${lab.url}/scenario/json-ok`, '--profile', 'strcit']);
    expect(cli.code).toBe(2);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toMatch(/strcit/);
    const dir = mkdtempSync(join(tmpdir(), 'httpinspect-profile-bad-'));
    writeFileSync(join(dir, 'httpinspect.config.json'), JSON.stringify({ profile: 'loud' }));
    const file = await runCli([`${lab.url}/scenario/json-ok`], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('profile must be one of "recommended", "strict", "minimal", not "loud"');
  });
});

describe('httpinspect rules shows each rule\'s profiles', () => {
  it('text', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/content\/invalid-json +error +minimal, recommended, strict +/);
    expect(r.stdout).toMatch(/content\/json-mislabeled +warning +recommended, strict +/);
    expect(r.stdout).toMatch(/content\/text-without-charset +info +recommended, strict \(as warning\) +/);
    expect(r.stdout).toContain('Profiles (--profile)');
  });

  it('--json: the setting in every profile', async () => {
    const r = await runCli(['rules', '--json']);
    const rules = (JSON.parse(r.stdout) as { rules: Array<{ id: string; profiles: Record<string, string> }> }).rules;
    expect(rules.find((x) => x.id === 'content/text-without-charset')!.profiles).toEqual({ minimal: 'off', recommended: 'info', strict: 'warning' });
    expect(rules.find((x) => x.id === 'content/invalid-json')!.profiles).toEqual({ minimal: 'error', recommended: 'error', strict: 'error' });
  });

  it('--markdown: a profiles column', async () => {
    const r = await runCli(['rules', '--markdown']);
    expect(r.stdout).toContain('| id | severity | profiles | what it reports | spec |');
    expect(r.stdout).toContain('| `headers/obsolete-field` | info | recommended, strict (as warning) |');
  });
});
