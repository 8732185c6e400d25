// Report formats end to end through the CLI: -f, -o, report files together, GitHub step summary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';
import { validateSarif } from '../helpers/sarifSchema';

let lab: Lab;
const dir = mkdtempSync(join(tmpdir(), 'httpinspect-formats-'));
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('report formats', () => {
  it('-f sarif validates against the SARIF 2.1.0 schema and points at the --input file line', async () => {
    const input = join(dir, 'targets.txt');
    writeFileSync(input, `# api\nDELETE ${lab.url}/scenario/body-on-204\nDELETE ${lab.url}/scenario/no-content-ok\n`);
    const r = await runCli(['--input', input, '-f', 'sarif']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(allRules.map((x) => x.meta.id));
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'framing/body-on-204');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toContain('targets.txt');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(2);
    expect(Object.values(result.partialFingerprints)[0]).toBeTruthy();
    // Stable across runs.
    const again = JSON.parse((await runCli(['--input', input, '-f', 'sarif'])).stdout);
    expect(again.runs[0].results.map((x: { partialFingerprints: unknown }) => x.partialFingerprints)).toEqual(run.results.map((x: { partialFingerprints: unknown }) => x.partialFingerprints));
  });

  it('json, sarif and junit report files in one run, with text still on stdout', async () => {
    const files = { json: join(dir, 'r.json'), sarif: join(dir, 'r.sarif'), junit: join(dir, 'r.xml') };
    const r = await runCli([`${lab.url}/scenario/body-on-204`, `${lab.url}/scenario/missing-retry-after`, '-X', 'DELETE', '--report-json', files.json, '--report-sarif', files.sarif, '--report-junit', files.junit]);
    expect(r.stdout).toContain('framing/body-on-204');
    const json = JSON.parse(readFileSync(files.json, 'utf8'));
    expect(json.exchanges).toHaveLength(2);
    expect(validateSarif(JSON.parse(readFileSync(files.sarif, 'utf8')))).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(files.junit, 'utf8'));
    const suites = asArray(xml.testsuites.testsuite);
    expect(suites).toHaveLength(2);
    const failures = suites.flatMap((s: { testcase: unknown }) => asArray(s.testcase as Array<{ name: string; failure?: unknown }>)).filter((c) => c.failure !== undefined);
    // body-on-204 (error) fails; missing-retry-after is info, below the default fail level.
    expect(failures.map((c) => c.name)).toEqual(['framing/body-on-204']);
    expect(Number(xml.testsuites.failures)).toBe(1);
  });

  it('-o writes the primary format to a file and leaves stdout empty', async () => {
    const out = join(dir, 'out.json');
    const r = await runCli([`${lab.url}/scenario/no-content-ok`, '-X', 'DELETE', '--json', '-o', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(r.code).toBe(0);
  });

  it('-f github prints workflow commands and appends a summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# before\n');
    const r = await runCli([`${lab.url}/scenario/body-on-204`, '-X', 'DELETE', '-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout).toMatch(/^::error .*title=framing\/body-on-204/m);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# before\n\n## httpinspect report')).toBe(true);
    expect(md).toContain('framing/body-on-204');
    expect(r.code).toBe(1);
  });

  it('a bad format or an unwritable report file is a usage error', async () => {
    const bad = await runCli([`${lab.url}/scenario/no-content-ok`, '-f', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('-f/--format');
    const both = await runCli([`${lab.url}/scenario/no-content-ok`, '--json', '-f', 'sarif']);
    expect(both.code).toBe(2);
    const unwritable = await runCli([`${lab.url}/scenario/no-content-ok`, '--report-json', join(dir, 'no/such/dir/r.json')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write the --report-json file/);
  });
});
