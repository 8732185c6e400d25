// Config file, offline input (--raw, --har) and HAR export end to end through the CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';

let lab: Lab;
const dir = mkdtempSync(join(tmpdir(), 'httpinspect-config-'));
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

const ids = (ex: { findings: Array<{ ruleId: string; severity: string }> }) => ex.findings.map((f) => f.ruleId);

/** Runs the CLI in a fresh folder holding `files` (a config file is found in the working directory). */
function inDir(files: Record<string, string>, args: string[]) {
  const cwd = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return runCli(args, { cwd });
}

describe('config file', () => {
  it('is found in the working directory: rules, overrides by URL glob, request defaults, targets', async () => {
    const config = {
      rules: { 'status/missing-retry-after': 'error' },
      request: { headers: { 'X-Team': 'web' } },
      overrides: [{ urls: [`${lab.url}/scenario/no-*`], rules: { 'status/missing-retry-after': 'off' } }],
      targets: [`${lab.url}/scenario/missing-retry-after`, { url: `${lab.url}/scenario/no-content-ok`, method: 'DELETE' }],
    };
    const r = await inDir({ 'httpinspect.config.json': JSON.stringify(config) }, ['--json']);
    const report = JSON.parse(r.stdout);
    expect(report.exchanges.map((e: { url: string }) => e.url)).toEqual([`${lab.url}/scenario/missing-retry-after`, `${lab.url}/scenario/no-content-ok`]);
    expect(report.exchanges[0].findings[0]).toMatchObject({ ruleId: 'status/missing-retry-after', severity: 'error' });
    expect(report.exchanges[1].request.method).toBe('DELETE');
    expect(report.exchanges[0].request.headers).toContainEqual(['X-Team', 'web']);
    expect(r.code).toBe(1);
  });

  it('the command line wins over the file, and --no-config ignores it', async () => {
    const files = { 'httpinspect.config.json': JSON.stringify({ failOn: 'info', rules: { 'status/missing-retry-after': 'error' } }) };
    const url = `${lab.url}/scenario/missing-retry-after`;
    const cli = await inDir(files, [url, '--rule', 'status/missing-retry-after=info', '--fail-on', 'error', '--json']);
    expect(JSON.parse(cli.stdout).exchanges[0].findings[0].severity).toBe('info');
    expect(cli.code).toBe(0);
    const fileOnly = await inDir(files, [url, '--json']);
    expect(fileOnly.code).toBe(1);
    const none = await inDir(files, [url, '--no-config', '--json']);
    expect(JSON.parse(none.stdout).exchanges[0].findings[0].severity).toBe('info');
    expect(none.code).toBe(0);
  });

  it('unknown keys and rule ids are exit 2 with the path and a suggestion', async () => {
    const r = await inDir({ 'httpinspect.config.json': JSON.stringify({ request: { maxTmie: '2s' } }) }, [`${lab.url}/status/200`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('request.maxTmie');
    expect(r.stderr).toContain('maxTime');
    const rule = await inDir({ 'c.json': JSON.stringify({ rules: { 'framing/body-on-240': 'off' } }) }, [`${lab.url}/status/200`, '-c', 'c.json']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('framing/body-on-204');
    const missing = await inDir({}, [`${lab.url}/status/200`, '-c', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('offline input', () => {
  it('--raw lints a saved response with -X giving the method, without any network', async () => {
    const file = join(dir, 'saved.http');
    writeFileSync(file, `HTTP/1.1 204 No Content\r\nDate: ${new Date().toUTCString()}\r\nContent-Length: 5\r\n\r\nhello`);
    const r = await runCli(['--raw', file, '-X', 'DELETE', '--json']);
    const ex = JSON.parse(r.stdout).exchanges[0];
    expect(ex.source).toBe('raw');
    expect(ids(ex).sort()).toEqual(['framing/body-on-204', 'framing/content-length-on-204']);
    expect(r.code).toBe(1);
    const head = await runCli(['--raw', '-', '-X', 'HEAD', '--json'], { input: `HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\nCache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 1234\r\n\r\n` });
    expect(ids(JSON.parse(head.stdout).exchanges[0])).toEqual([]);
  });

  it('--save-har writes valid HAR 1.2 that --har reads back; framing rules are not evaluated from a HAR', async () => {
    const har = join(dir, 'out.har');
    const live = await runCli([`${lab.url}/scenario/missing-retry-after`, `${lab.url}/scenario/body-on-204`, '--save-har', har, '-H', 'Authorization: Bearer s3cret', '--json']);
    expect(live.code).toBe(1);
    const text = readFileSync(har, 'utf8');
    expect(text).not.toContain('s3cret');
    const schema = JSON.parse(readFileSync(new URL('../fixtures/har/har-1.2.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);

    const back = await runCli(['--har', har, '--json']);
    const report = JSON.parse(back.stdout);
    expect(report.exchanges).toHaveLength(2);
    expect(report.exchanges.every((e: { source: string }) => e.source === 'har')).toBe(true);
    expect(ids(report.exchanges[0])).toContain('status/missing-retry-after');
    // A HAR has no wire bytes: the 204's stray body cannot be judged, and says so.
    expect(ids(report.exchanges[1])).not.toContain('framing/body-on-204');
    expect(report.exchanges[1].notEvaluated).toContain('framing/body-on-204');
    const textReport = await runCli(['--har', har]);
    expect(textReport.stdout).toContain('not evaluated');
  });

  it('bad offline input is a clear usage error', async () => {
    const notHar = join(dir, 'not.har');
    writeFileSync(notHar, '{"log": {"entries": [{"response": {"status": "x"}}]}}');
    const r = await runCli(['--har', notHar]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect((await runCli(['--raw', join(dir, 'missing.http')])).code).toBe(2);
    expect((await runCli(['--raw', notHar, '--har', notHar])).code).toBe(2);
  });
});
