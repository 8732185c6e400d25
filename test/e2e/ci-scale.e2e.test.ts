// CI at scale: -f ndjson written as the run goes, --baseline / --write-baseline, --shard and `merge`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli';
import { rawServer, type RawServer } from '../helpers/rawServer';

const dir = mkdtempSync(join(tmpdir(), 'httpinspect-ci-'));
const DATE = 'Date: Sun, 29 Nov 2026 10:00:00 GMT\r\n';
const CLEAN = `HTTP/1.1 200 OK\r\n${DATE}Cache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nok`;
const RESPONSES: Record<string, string> = {
  '/no-content': `HTTP/1.1 204 No Content\r\n${DATE}Content-Length: 5\r\n\r\nhello`,
  '/ok': CLEAN,
  '/not-allowed': `HTTP/1.1 405 Method Not Allowed\r\n${DATE}Content-Length: 0\r\n\r\n`,
  '/deleted': `HTTP/1.1 200 OK\r\n${DATE}Content-Length: 0\r\n\r\n`,
};

let server: RawServer;
let newDefect = false;
beforeAll(async () => {
  server = await rawServer((socket, request) => {
    const path = request.slice(0, request.indexOf('\r\n')).split(' ')[1]!.split('?')[0]!;
    if (path === '/slow') setTimeout(() => socket.end(Buffer.from(CLEAN, 'latin1')), 1500);
    else if (path === '/changing') socket.end(Buffer.from(newDefect ? RESPONSES['/not-allowed']! : CLEAN, 'latin1'));
    else socket.end(Buffer.from(RESPONSES[path] ?? CLEAN, 'latin1'));
  });
});
afterAll(async () => {
  await server.close();
});

/** Runs the CLI and notes when each stdout line arrived (ms since start) and when it exited. */
function timedRun(args: string[]): Promise<{ lines: Array<{ at: number; text: string }>; exitAt: number; code: number | null }> {
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    const lines: Array<{ at: number; text: string }> = [];
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      pending += d;
      let nl;
      while ((nl = pending.indexOf('\n')) >= 0) {
        lines.push({ at: Date.now() - start, text: pending.slice(0, nl) });
        pending = pending.slice(nl + 1);
      }
    });
    child.on('close', (code) => resolve({ lines, exitAt: Date.now() - start, code }));
  });
}

describe('-f ndjson', () => {
  it('writes one line per exchange as it finishes, in input order, then the summary', async () => {
    const input = join(dir, 'ndjson.txt');
    writeFileSync(input, [`${server.url}/no-content`, `${server.url}/slow`, `DELETE ${server.url}/deleted`].join('\n'));
    const r = await timedRun(['--input', input, '-j', '1', '-f', 'ndjson']);
    expect(r.code).toBe(1);
    const objects = r.lines.map((l) => JSON.parse(l.text));
    expect(objects.map((o) => o.type)).toEqual(['exchange', 'exchange', 'exchange', 'summary']);
    expect(objects.slice(0, 3).map((o) => o.url)).toEqual([`${server.url}/no-content`, `${server.url}/slow`, `${server.url}/deleted`]);
    expect(objects.slice(0, 3).map((o) => o.inspection)).toEqual([0, 1, 2]);
    expect(objects[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('framing/body-on-204');
    expect(objects[0].input).toEqual({ file: input, line: 1 });
    expect(objects[3]).toMatchObject({ schemaVersion: 1, summary: { exchanges: 3, transportErrors: 0 } });
    // The first line was out long before the slow target finished.
    expect(r.exitAt - r.lines[0]!.at).toBeGreaterThan(1000);
    // Each line is the JSON report's entry; the summary matches the JSON report's.
    const json = JSON.parse((await runCli(['--input', input, '-j', '1', '--json'])).stdout);
    expect(objects[3].summary).toEqual(json.summary);
    expect(objects[0].findings).toEqual(json.exchanges[0].findings);
  });
});

describe('--baseline and --write-baseline', () => {
  it('known findings do not fail the run; a new one does', async () => {
    const baseline = join(dir, 'baseline.json');
    const urls = [`${server.url}/no-content`, `${server.url}/changing`];
    newDefect = false;
    const first = await runCli([...urls, '--write-baseline', baseline, '-f', 'json']);
    expect(first.code).toBe(1); // the exit code is as without --write-baseline
    expect(JSON.parse(readFileSync(baseline, 'utf8')).exchanges[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('framing/body-on-204');

    const known = await runCli([...urls, '--baseline', baseline, '-f', 'json']);
    expect(known.code).toBe(0);
    const report = JSON.parse(known.stdout);
    expect(report.exchanges[0].findings.length).toBeGreaterThan(0);
    expect(report.exchanges[0].findings.every((f: { known: boolean }) => f.known === true)).toBe(true);
    expect(report.summary.known).toBe(report.exchanges[0].findings.length);

    newDefect = true;
    const changed = await runCli([...urls, '--baseline', baseline]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/status\/405-without-allow/);
    expect(changed.stdout).toMatch(/already in the baseline/);
    const sarif = JSON.parse((await runCli([...urls, '--baseline', baseline, '-f', 'sarif'])).stdout);
    const states = new Map(sarif.runs[0].results.map((r: { ruleId: string; baselineState: string }) => [r.ruleId, r.baselineState]));
    expect(states.get('framing/body-on-204')).toBe('unchanged');
    expect(states.get('status/405-without-allow')).toBe('new');
    // github: a known finding is a notice titled "(known)"; JUnit: not a failure.
    const github = await runCli([...urls, '--baseline', baseline, '-f', 'github']);
    expect(github.stdout).toMatch(/^::notice .*title=framing\/body-on-204 \(known\)::/m);
    expect(github.stdout).toMatch(/^::error .*title=status\/405-without-allow::/m);
    const junit = await runCli([...urls, '--baseline', baseline, '-f', 'junit']);
    expect(junit.stdout).not.toMatch(/<testcase[^>]*name="framing\/body-on-204"[^>]*><failure/);
    expect(junit.stdout).toMatch(/<testcase[^>]*name="status\/405-without-allow"[^>]*><failure/);
    newDefect = false;
  });

  it('a baseline that is not a JSON report is a usage error', async () => {
    const bad = join(dir, 'bad-baseline.json');
    writeFileSync(bad, '{"hello": 1}');
    const r = await runCli([`${server.url}/ok`, '--baseline', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`httpinspect: --baseline "${bad}" is not an httpinspect JSON report (schemaVersion 1)\n`);
  });
});

describe('--shard and merge', () => {
  const paths = ['/no-content', '/ok', '/not-allowed', '/deleted', '/ok', '/no-content', '/ok', '/not-allowed', '/deleted'];
  const input = join(dir, 'shard-targets.txt');

  it('each shard requests only its targets; merged shards give the unsharded report and exit code', async () => {
    writeFileSync(input, `# endpoints\n${paths.map((p, k) => `${p === '/deleted' ? 'DELETE ' : ''}${server.url}${p}?k=${k}`).join('\n')}\n`);
    const whole = await runCli(['--input', input, '-f', 'json']);
    const reports: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const before = server.requests.length;
      const report = join(dir, `shard-${i}.json`);
      reports.push(report);
      await runCli(['--input', input, '--shard', `${i}/4`, '--report-json', report, '-f', 'ndjson']);
      const ks = server.requests.slice(before).map((q) => Number(/[?&]k=(\d+)/.exec(q)![1]));
      expect(ks.sort((a, b) => a - b)).toEqual(paths.map((_, k) => k).filter((k) => k % 4 === i - 1));
    }
    const merged = await runCli(['merge', ...reports.reverse()]);
    expect(merged.code).toBe(whole.code);
    expect(merged.code).toBe(1);
    const strip = (report: { exchanges: Array<Record<string, unknown>> }) =>
      report.exchanges.map((e) => ({ url: e.url, status: (e.response as { status: number }).status, findings: e.findings, input: e.input, notEvaluated: e.notEvaluated }));
    expect(strip(JSON.parse(merged.stdout))).toEqual(strip(JSON.parse(whole.stdout)));

    // SARIF from the merge: the same results, fingerprints and input-file locations as the unsharded run.
    const wholeSarif = JSON.parse((await runCli(['--input', input, '-f', 'sarif'])).stdout);
    const mergedSarif = JSON.parse((await runCli(['merge', ...reports, '-f', 'sarif'])).stdout);
    const key = (s: { runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: object; locations: Array<{ physicalLocation: object }> }> }> }) =>
      s.runs[0]!.results.map((r) => [r.ruleId, r.partialFingerprints, r.locations[0]!.physicalLocation]);
    expect(key(mergedSarif)).toEqual(key(wholeSarif));
    expect((await runCli(['merge', ...reports, '--fail-on', 'none'])).code).toBe(0);
    const text = await runCli(['merge', ...reports, '-f', 'text']);
    expect(text.stdout).toMatch(/in 9 exchanges/);
  });

  it('a bad --shard or a file that is not a report is a usage error', async () => {
    const r = await runCli([`${server.url}/ok`, '--shard', '5/4']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('httpinspect: --shard expects <i>/<n> with 1 ≤ i ≤ n, such as 2/4, not "5/4"\n');
    const notReport = join(dir, 'not-a-report.json');
    writeFileSync(notReport, '[]');
    const m = await runCli(['merge', notReport]);
    expect(m.code).toBe(2);
    expect(m.stderr).toBe(`httpinspect: ${notReport} is not an httpinspect JSON report of schemaVersion 1\n`);
  });
});
