// "Not evaluated" is an outcome, never a silent pass: a body past --max-body leaves the content rules that
// need it not evaluated, with the reason, in every format; --save-har keeps no more body than --max-body.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';

let lab: Lab;
const dir = mkdtempSync(join(tmpdir(), 'httpinspect-not-evaluated-'));
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

const REASON = /the body \(\d+ bytes\) is larger than --max-body \(4 bytes\)/;

describe('--max-body 4: content rules are not evaluated, with the reason, in every format', () => {
  it('text says which rules and why; the rule that would fire is not reported as passed', async () => {
    const normal = await runCli([`${lab.url}/scenario/json-mislabeled`, '--no-color']);
    expect(normal.stdout).toContain('content/json-mislabeled');
    const r = await runCli([`${lab.url}/scenario/json-mislabeled`, '--max-body', '4', '--no-color']);
    expect(r.stdout).toMatch(/rules? not evaluated \(the body \(\d+ bytes\) is larger than --max-body \(4 bytes\)\): .*content\/json-mislabeled/);
    expect(r.stdout).not.toMatch(/warning +│? *content\/json-mislabeled/);
  });

  it('JSON lists the ids and the reasons; the summary counts them', async () => {
    const r = await runCli([`${lab.url}/scenario/invalid-json`, '--max-body', '4', '--json']);
    const report = JSON.parse(r.stdout);
    const ex = report.exchanges[0];
    expect(ex.notEvaluated).toContain('content/invalid-json');
    const reason = ex.notEvaluatedReasons.find((n: { ruleId: string }) => n.ruleId === 'content/invalid-json');
    expect(reason.reason).toMatch(REASON);
    expect(ex.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('content/invalid-json');
    expect(report.summary.notEvaluated).toBe(ex.notEvaluated.length);
  });

  it('SARIF has a tool execution notification per rule not evaluated', async () => {
    const r = await runCli([`${lab.url}/scenario/invalid-json`, '--max-body', '4', '-f', 'sarif']);
    const notes = JSON.parse(r.stdout).runs[0].invocations[0].toolExecutionNotifications as Array<{ level: string; message: { text: string }; associatedRule: { id: string } }>;
    const note = notes.find((n) => n.associatedRule?.id === 'content/invalid-json');
    expect(note?.level).toBe('note');
    expect(note?.message.text).toMatch(REASON);
  });

  it('JUnit marks the test case skipped with the reason', async () => {
    const r = await runCli([`${lab.url}/scenario/invalid-json`, '--max-body', '4', '-f', 'junit']);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const cases = [xml.testsuites.testsuite].flat()[0].testcase as Array<{ name: string; skipped?: { message: string } }>;
    expect(cases.find((c) => c.name === 'content/invalid-json')?.skipped?.message).toMatch(REASON);
  });

  it('GitHub output has a notice per rule not evaluated', async () => {
    const r = await runCli([`${lab.url}/scenario/invalid-json`, '--max-body', '4', '-f', 'github']);
    expect(r.stdout).toMatch(/^::notice title=content\/invalid-json not evaluated::.*larger than --max-body/m);
  });
});

describe('--save-har honours --max-body', () => {
  it('keeps at most 1 KiB of body text with --max-body 1KiB', async () => {
    const har = join(dir, 'big.har');
    const r = await runCli([`${lab.url}/status/200?body=${'x'.repeat(3000)}`, '--max-body', '1KiB', '--save-har', har]);
    expect(r.code).toBeLessThan(2);
    const content = JSON.parse(readFileSync(har, 'utf8')).log.entries[0].response.content;
    expect(content.size).toBe(3000);
    expect((content.text ?? '').length).toBeLessThanOrEqual(1024);
  });
});
