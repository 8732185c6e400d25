// The CLI's public contract, end to end against raw loopback servers: exit codes, JSON shape, streams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { runCli } from '../helpers/cli';
import { bytesServer, rawServer, type RawServer } from '../helpers/rawServer';

const CLEAN_204 = `HTTP/1.1 204 No Content\r\nDate: ${new Date().toUTCString()}\r\n\r\n`;

describe('exit codes', () => {
  let clean: RawServer;
  let broken: RawServer;
  beforeAll(async () => {
    clean = await bytesServer(CLEAN_204);
    broken = await bytesServer(`HTTP/1.1 204 No Content\r\nDate: ${new Date().toUTCString()}\r\nContent-Length: 5\r\n\r\nhello`);
  });
  afterAll(async () => {
    await clean.close();
    await broken.close();
  });

  it('0 when nothing reaches --fail-on', async () => {
    const r = await runCli([`${clean.url}/items/1`, '-X', 'DELETE']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no findings');
  });

  it('1 when an error finding is present, with the findings in the report', async () => {
    const r = await runCli([`${broken.url}/items/1`, '-X', 'DELETE']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('framing/body-on-204');
    expect(r.stdout).toContain('framing/content-length-on-204');
    expect(r.stdout).toContain('204');
  });

  it('--fail-on none exits 0 even with errors; --rule off silences a rule', async () => {
    expect((await runCli([broken.url, '-X', 'DELETE', '--fail-on', 'none'])).code).toBe(0);
    const r = await runCli([broken.url, '-X', 'DELETE', '--rule', 'framing/body-on-204=off', '--rule', 'framing/content-length-on-204=info', '--json']);
    const report = JSON.parse(r.stdout);
    const ids = report.exchanges[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('framing/body-on-204');
    expect(report.exchanges[0].findings.find((f: { ruleId: string }) => f.ruleId === 'framing/content-length-on-204').severity).toBe('info');
    expect(r.code).toBe(0);
  });

  it('2 for usage errors, one line on stderr, nothing on stdout', async () => {
    for (const args of [['--bogus', 'http://127.0.0.1:1/'], ['ftp://127.0.0.1/'], ['http://127.0.0.1:1/', '-d', '@/no/such/file'], ['http://127.0.0.1:1/', '--rule', 'framing/body-on-240=off'], ['http://127.0.0.1:1/', '-m', 'soon'], []]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^httpinspect: /);
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
    }
    const typo = await runCli(['http://127.0.0.1:1/', '--rule', 'framing/body-on-240=off']);
    expect(typo.stderr).toContain('framing/body-on-204');
  });

  it('3 when nothing could be inspected (connection refused), and --json still prints the report', async () => {
    // Find a port that is free right now: listen, note it, close.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const r = await runCli([`http://127.0.0.1:${port}/`, '--json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report.exchanges[0].response).toBeNull();
    expect(report.exchanges[0].error.code).toBe('REFUSED');
    expect(r.stderr).toContain('connection refused');
  });

  it('3 when the server never sends a status line before --max-time', async () => {
    const silent = await rawServer(() => undefined);
    try {
      const started = Date.now();
      const r = await runCli([silent.url, '-m', '500ms']);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('-m/--max-time');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await silent.close();
    }
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--json report (schemaVersion 1)', () => {
  it('has the documented shape, header values as received, and nothing else on stdout', async () => {
    const server = await bytesServer('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nX-Odd:   spaced  \r\nContent-Length: 2\r\n\r\nhi');
    try {
      const r = await runCli([`${server.url}/a?b=1`, '-H', 'X-Trace: 1', '--json']);
      const report = JSON.parse(r.stdout);
      expect(report.schemaVersion).toBe(1);
      expect(report.tool).toEqual({ name: 'httpinspect', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
      const ex = report.exchanges[0];
      expect(ex.url).toBe(`${server.url}/a?b=1`);
      expect(ex.request).toMatchObject({ method: 'GET', target: '/a?b=1', httpVersion: '1.1', bodySize: 0 });
      expect(ex.request.headers).toContainEqual(['X-Trace', '1']);
      expect(ex.response).toMatchObject({ httpVersion: '1.1', status: 200, reason: 'OK', bodySize: 2 });
      expect(ex.response.headers).toEqual([
        ['content-type', 'text/plain'],
        ['X-Odd', 'spaced'],
        ['Content-Length', '2'],
      ]);
      expect(ex.interim).toEqual([]);
      expect(Object.keys(ex.timings).sort()).toEqual(['connect', 'dns', 'tls', 'total', 'ttfb']);
      expect(ex.tls).toBeNull();
      expect(ex.error).toBeNull();
      for (const f of ex.findings) {
        expect(Object.keys(f).sort()).toEqual(['docs', 'evidence', 'location', 'message', 'ruleId', 'severity']);
        expect(f.docs.command).toBe(`httpinspect explain ${f.ruleId}`);
        expect(f.docs.spec).toMatch(/^https:\/\//);
        expect(['error', 'warning', 'info']).toContain(f.severity);
      }
      expect(ex.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('headers/missing-date');
      expect(report.summary).toEqual({
        exchanges: 1,
        errors: ex.findings.filter((f: { severity: string }) => f.severity === 'error').length,
        warnings: ex.findings.filter((f: { severity: string }) => f.severity === 'warning').length,
        infos: ex.findings.filter((f: { severity: string }) => f.severity === 'info').length,
        transportErrors: 0,
        notEvaluated: 0,
      });
      expect(ex.notEvaluated).toEqual([]);
      expect(ex.notEvaluatedReasons).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('the request is sent exactly as asked', () => {
  it('keeps header case and order, adds curl-like defaults, and sends the body', async () => {
    const server = await bytesServer(CLEAN_204);
    try {
      await runCli([`${server.url}/x`, '-X', 'PATCH', '-H', 'x-lower: a', '-H', 'X-Upper: b', '-H', 'Accept:', '--json-body', '{"a":1}', '-A', 'probe/1']);
      const req = server.requests[0]!;
      const lines = req.split('\r\n');
      expect(lines[0]).toBe('PATCH /x HTTP/1.1');
      expect(lines).toContain(`Host: 127.0.0.1:${server.port}`);
      expect(lines.indexOf('x-lower: a')).toBeLessThan(lines.indexOf('X-Upper: b'));
      expect(lines).toContain('Content-Type: application/json');
      expect(lines).toContain('User-Agent: probe/1');
      expect(lines).toContain('Content-Length: 7');
      expect(lines).toContain('Connection: close');
      expect(lines.some((l) => l.startsWith('Accept: */*'))).toBe(false);
      expect(req.endsWith('\r\n\r\n{"a":1}')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
