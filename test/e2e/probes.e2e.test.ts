// --probe through the real CLI against the lab: every probe rule fires on its own scenario with evidence, the
// well-behaved resource passes every probe, and each probe request is announced, marked and shown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { probeScenarios } from '../../src/lab/scenarios/probe';
import { PROBE_BODY } from '../../src/lab/probeResource';
import { runCli } from '../helpers/cli';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

interface JsonExchange {
  request: { method: string; headers: Array<[string, string]> };
  response: { status: number } | null;
  probe: { name: string; of: number } | null;
  findings: Array<{ ruleId: string; severity: string; message: string; evidence: string }>;
  notEvaluatedReasons: Array<{ ruleId: string; reason: string }>;
}

async function probe(name: string, extra: string[] = []) {
  const r = await runCli([`${lab.url}/scenario/${name}`, '--probe', 'all', '--json', ...extra], { timeoutMs: 30_000 });
  const report = JSON.parse(r.stdout) as { exchanges: JsonExchange[] };
  return { r, exchanges: report.exchanges, findings: report.exchanges.flatMap((e) => e.findings) };
}

describe('--probe all against the lab', () => {
  it('the well-behaved resource passes every probe: no finding, nothing not evaluated, 12 follow-up requests', async () => {
    const { r, exchanges, findings } = await probe('probe-ok');
    expect(r.code).toBe(0);
    expect(findings).toEqual([]);
    // stderr holds the announcements and nothing from Node itself (e.g. a listener-count warning).
    expect(r.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('* '))).toEqual([]);
    expect(exchanges.flatMap((e) => e.notEvaluatedReasons)).toEqual([]);
    expect(exchanges).toHaveLength(13);
    expect(exchanges.slice(1).map((e) => `${e.probe!.name} ${e.request.method} ${e.response!.status}`)).toEqual([
      'conditional GET 304',
      'conditional GET 304',
      'range GET 206',
      'range GET 206',
      'range GET 416',
      'encoding GET 200',
      'encoding GET 200',
      'encoding GET 200',
      'head HEAD 200',
      'options OPTIONS 204',
      'reuse GET 200',
      'reuse GET 200',
    ]);
    expect(exchanges.slice(1).every((e) => e.probe!.of === 0)).toBe(true);
    expect(exchanges[0]!.probe).toBeNull();
  });

  for (const scenario of probeScenarios.filter((s) => s.expect.length > 0)) {
    it(`${scenario.name}: fires exactly ${scenario.expect.join(', ')}`, async () => {
      const method = scenario.request?.method;
      const extra = method ? ['-X', method, ...(scenario.request?.body ? ['-d', scenario.request.body] : []), ...(scenario.request?.headers ?? []).flatMap(([n, v]) => ['-H', `${n}: ${v}`])] : [];
      const { findings } = await probe(scenario.name, extra);
      expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual([...scenario.expect].sort());
      for (const f of findings) expect(f.evidence, f.ruleId).not.toBe('');
    });
  }

  it('shows the evidence: the If-None-Match sent and the 200 that came back', async () => {
    const { findings } = await probe('probe-etag-not-honored');
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'probe/etag-not-honored', severity: 'warning', evidence: 'sent "If-None-Match: "v1""; got status line "HTTP/1.1 200 OK" at byte 0' }),
    );
  });

  it('shows the stray bytes where the second status line should start', async () => {
    const { findings } = await probe('probe-connection-reuse-desync');
    const desync = findings.find((f) => f.ruleId === 'probe/connection-reuse-desync')!;
    expect(desync.severity).toBe('error');
    expect(desync.evidence).toMatch(/^where the second status line should start: \d+ bytes: 6f 6f 70 73 0a 48 54 54 50/);
  });

  it('a probe that cannot run is not evaluated, with the reason', async () => {
    const { exchanges } = await probe('probe-connection-reuse-desync');
    expect(exchanges[0]!.notEvaluatedReasons).toContainEqual({ ruleId: 'probe/etag-not-honored', reason: 'the conditional probe was not sent: the GET was answered 204, not 200: there is no representation to compare' });
  });
});

describe('announcements, -v and the text report', () => {
  it('announces every probe request on stderr, naming the probe, the method and the distinguishing header', async () => {
    const r = await runCli([`${lab.url}/scenario/probe-ok`, '--probe', 'conditional,range', '--probe', 'reuse'], { timeoutMs: 30_000 });
    expect(Buffer.byteLength(PROBE_BODY)).toBe(2496);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('* probe'));
    expect(lines).toEqual([
      '* probe conditional: GET /scenario/probe-ok If-None-Match: "v1"',
      '* probe conditional: GET /scenario/probe-ok If-Modified-Since: Tue, 01 Sep 2026 10:00:00 GMT',
      '* probe range: GET /scenario/probe-ok Range: bytes=832-1855',
      '* probe range: GET /scenario/probe-ok Range: bytes=-624',
      '* probe range: GET /scenario/probe-ok Range: bytes=2496-',
      '* probe reuse: GET /scenario/probe-ok keep-alive (no Connection: close), request 1 of 2',
      '* probe reuse: GET /scenario/probe-ok keep-alive, request 2 of 2 on the same connection',
    ]);
    expect(r.stdout).toContain('Probes (follow-up requests: GET, HEAD and OPTIONS only):');
    expect(r.stdout).toMatch(/conditional +GET If-None-Match: "v1" → 304 Not Modified +✔ ok/);
    expect(r.stdout).toMatch(/reuse +GET \(request 2 on one kept-alive connection\) → 200 OK +✔ connection reuse works/);
  });

  it('-v shows each probe exchange, marked', async () => {
    const r = await runCli([`${lab.url}/scenario/probe-ok`, '--probe', 'head', '-v'], { timeoutMs: 30_000 });
    expect(r.stderr).toContain('* probe head (checks exchange 1 of this inspection)');
    expect(r.stderr).toContain('> HEAD /scenario/probe-ok HTTP/1.1');
  });

  it('says in the Probes section why a probe was not sent', async () => {
    const r = await runCli([`${lab.url}/scenario/probe-connection-reuse-desync`, '--probe', 'range'], { timeoutMs: 30_000 });
    expect(r.stdout).toMatch(/range +Range not sent: the GET was answered 204, not 200/);
  });

  it('the config file\'s "probe" (top level, and per URL in overrides) is used; --probe replaces it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpinspect-probe-config-'));
    const config = join(dir, 'httpinspect.config.json');
    writeFileSync(config, JSON.stringify({ probe: ['head'], overrides: [{ urls: [`${lab.url}/scenario/probe-etag-*`], probe: ['conditional'] }] }));
    const names = async (args: string[]) => {
      const r = await runCli([...args, '--config', config, '--json'], { timeoutMs: 30_000 });
      return (JSON.parse(r.stdout).exchanges as JsonExchange[]).map((e) => e.probe?.name ?? 'request');
    };
    expect(await names([`${lab.url}/scenario/probe-ok`])).toEqual(['request', 'head']);
    expect(await names([`${lab.url}/scenario/probe-etag-not-honored`])).toEqual(['request', 'conditional', 'conditional']);
    expect(await names([`${lab.url}/scenario/probe-ok`, '--probe', 'options'])).toEqual(['request', 'options']);
  });

  it('without --probe exactly one request is sent', async () => {
    const r = await runCli([`${lab.url}/scenario/probe-ok`, '--json']);
    expect(JSON.parse(r.stdout).exchanges).toHaveLength(1);
    expect(r.stderr).not.toContain('probe');
  });

  it('an unknown probe name is a usage error (exit 2) that names it, before anything is sent', async () => {
    const r = await runCli([`${lab.url}/scenario/probe-ok`, '--probe', 'range,etag']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('httpinspect: --probe: unknown probe "etag"; known probes: conditional, range, encoding, head, options, reuse, all');
    expect(r.stdout).toBe('');
  });

  it('--probe with --raw is a usage error', async () => {
    const r = await runCli(['--raw', '-', '--probe', 'head'], { input: 'HTTP/1.1 200 OK\r\n\r\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--probe sends follow-up requests: it cannot be used with --raw, --har or --replay');
  });
});
