// Many targets: arguments and --input lists, run concurrently with -j, reported in input order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { allScenarios } from '../../src/lab/scenarios/index';
import { runCli } from '../helpers/cli';

let lab: Lab;
const dir = mkdtempSync(join(tmpdir(), 'httpinspect-targets-'));
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

describe('many targets', () => {
  it('200 targets from --input with -j 8: every result correct and in input order', async () => {
    // Scenarios that need no request body or special headers, cycled to 200 lines.
    const holds = (s: (typeof allScenarios)[number]) =>
      s.respond({ method: 'GET', target: '/', path: '/', query: new URLSearchParams(), headers: [], body: Buffer.alloc(0) }).some((step) => typeof step === 'object' && !Buffer.isBuffer(step) && 'hold' in step);
    // HTTP/1.1 scenarios only: the HTTP/2 ones answer HTTP/1.1 clients with a note (test/e2e/http2.e2e.test.ts plays them).
    // Probe scenarios need --probe (their `expect` covers the follow-up requests): test/e2e/probes.e2e.test.ts.
    const simple = allScenarios.filter((s) => !s.protocol && !s.request?.headers && !s.request?.body && !holds(s) && !s.probe);
    const lines = Array.from({ length: 200 }, (_, i) => simple[i % simple.length]!);
    const file = join(dir, 'targets.txt');
    writeFileSync(file, `# generated\n\n${lines.map((s) => `${s.request?.method ?? 'GET'} ${lab.url}/scenario/${s.name}`).join('\n')}\n`);
    const r = await runCli(['--input', file, '-j', '8', '--json'], { timeoutMs: 120_000 });
    const report = JSON.parse(r.stdout);
    expect(report.exchanges).toHaveLength(200);
    report.exchanges.forEach((ex: { url: string; request: { method: string }; findings: Array<{ ruleId: string }> }, i: number) => {
      const s = lines[i]!;
      expect(ex.url).toBe(`${lab.url}/scenario/${s.name}`);
      expect(ex.request.method).toBe(s.request?.method ?? 'GET');
      expect([...new Set(ex.findings.map((f) => f.ruleId))].sort()).toEqual([...s.expect].sort());
    });
    expect(r.code).toBe(1);
  }, 150_000);

  it('several URL arguments; one unreachable target is reported but the run is not exit 3', async () => {
    const dead = `http://127.0.0.1:${await freePort()}/`;
    const r = await runCli([`${lab.url}/scenario/no-content-ok`, dead, '-X', 'DELETE', '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.exchanges.map((e: { url: string }) => e.url)).toEqual([`${lab.url}/scenario/no-content-ok`, dead]);
    expect(report.exchanges[1].error.code).toBe('REFUSED');
    expect(r.code).toBe(0);
    const allDead = await runCli([dead, dead]);
    expect(allDead.code).toBe(3);
  });

  it('--input - reads stdin; a bad line names the file and line', async () => {
    const ok = await runCli(['--input', '-', '--json'], { input: `DELETE ${lab.url}/scenario/no-content-ok\n` });
    expect(JSON.parse(ok.stdout).exchanges[0].request.method).toBe('DELETE');
    const file = join(dir, 'bad.txt');
    writeFileSync(file, `${lab.url}/status/200\nGET ${lab.url}/a extra\n`);
    const bad = await runCli(['--input', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:2:`);
    expect(bad.stdout).toBe('');
  });
});
