// The security family and structured fields end to end: the real CLI against the lab (plain http) and against
// TLS servers on loopback (HSTS only means something over https).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { securityScenarios } from '../../src/lab/scenarios/security';
import { runCli } from '../helpers/cli';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  evidence: string;
  location: { part: string; header?: string } | null;
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));
const CA = new URL('../fixtures/tls/ca.pem', import.meta.url).pathname;

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab?.close();
});

async function inspect(args: string[]): Promise<{ findings: JsonFinding[]; code: number | null; stdout: string }> {
  const r = await runCli([...args, '--json']);
  expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/);
  const findings = JSON.parse(r.stdout).exchanges[0].findings as JsonFinding[];
  return { findings, code: r.code, stdout: r.stdout };
}

const ids = (findings: JsonFinding[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

describe('security scenarios through the CLI against the lab', () => {
  it.each(securityScenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const { findings } = await inspect([`${lab.url}/scenario/${scenario.name}`]);
    expect(ids(findings)).toEqual([...scenario.expect].sort());
    for (const f of findings) {
      expect(f.evidence.length).toBeGreaterThan(10);
      expect(f.location).not.toBeNull();
    }
  });

  it('names the offending header and its bytes', async () => {
    const { findings, code } = await inspect([`${lab.url}/scenario/hsts-directive-with-value`]);
    const f = findings.find((x) => x.ruleId === 'security/hsts-directive-with-value')!;
    expect(f.severity).toBe('error');
    expect(f.evidence).toMatch(/^Strict-Transport-Security: max-age=31536000; includeSubDomains=true at byte \d+$/);
    expect(f.location).toMatchObject({ part: 'header', header: 'Strict-Transport-Security' });
    expect(code).toBe(1);
  });

  it('reports why and where a structured field does not parse, in the text and JSON reports', async () => {
    const text = await runCli([`${lab.url}/scenario/invalid-structured-field`]);
    expect(text.stdout).toContain('headers/invalid-structured-field');
    expect(text.code).toBe(1);
    const { findings } = await inspect([`${lab.url}/scenario/invalid-structured-field`]);
    expect(findings[0]!.message).toBe('Cache-Status is not a valid structured list (RFC 9211 §2): trailing "," with no member after it at character 26; recipients ignore the whole field');
    expect(findings[0]!.evidence).toMatch(/^Cache-Status: ExampleCache; hit; ttl=30, at byte \d+$/);
  });

  it('near-misses stay quiet: nonce CSP with unsafe-inline, sameorigin, a Referrer-Policy list, a JSON API without security headers', async () => {
    for (const name of ['security-headers-ok', 'json-api-without-security-headers-ok', 'structured-fields-ok', 'logout-clear-site-data-ok']) {
      const { findings, code } = await inspect([`${lab.url}/scenario/${name}`]);
      expect(findings, name).toEqual([]);
      expect(code).toBe(0);
    }
  });

  it('HSTS of exactly one year over http: only "ignored over http" (info), never "under one year"', async () => {
    const { findings, code } = await inspect([`${lab.url}/scenario/hsts-one-year-over-http`]);
    expect(ids(findings)).toEqual(['security/hsts-over-http']);
    expect(findings[0]!.severity).toBe('info');
    expect(code).toBe(0);
  });
});

describe('over TLS', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server = undefined;
  });

  async function tlsServer(head: string[], body = ''): Promise<string> {
    const bytes = `HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\nCache-Control: no-store\r\n${head.map((h) => `${h}\r\n`).join('')}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    server = createServer({ cert: fixture('server.pem'), key: fixture('server.key'), ALPNProtocols: ['http/1.1'] }, (socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () => socket.end(bytes));
    });
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    return `https://127.0.0.1:${(server.address() as { port: number }).port}/`;
  }

  const PAGE = '<!doctype html><title>x</title><p>x</p>';
  const SECURE_PAGE = ['Content-Type: text/html; charset=utf-8', 'X-Content-Type-Options: nosniff', "Content-Security-Policy: default-src 'self'; frame-ancestors 'self'"];

  it('an HTML page over https without HSTS: security/missing-hsts (info), exit 0', async () => {
    const url = await tlsServer(SECURE_PAGE, PAGE);
    const { findings, code } = await inspect([url, '--cacert', CA]);
    expect(ids(findings)).toEqual(['security/missing-hsts']);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.evidence).toContain('no Strict-Transport-Security among');
    expect(code).toBe(0);
  });

  it('HSTS max-age=31536000; includeSubDomains; preload over https is clean', async () => {
    const url = await tlsServer([...SECURE_PAGE, 'Strict-Transport-Security: max-age=31536000; includeSubDomains; preload'], PAGE);
    const { findings } = await inspect([url, '--cacert', CA]);
    expect(findings).toEqual([]);
  });

  it('HSTS max-age=63072000 over https is clean', async () => {
    const url = await tlsServer([...SECURE_PAGE, 'Strict-Transport-Security: max-age=63072000'], PAGE);
    expect((await inspect([url, '--cacert', CA])).findings).toEqual([]);
  });

  it("httplint's 1536000 s is under a year: security/hsts-short-max-age over https", async () => {
    const url = await tlsServer([...SECURE_PAGE, 'Strict-Transport-Security: max-age=1536000'], PAGE);
    const { findings } = await inspect([url, '--cacert', CA]);
    expect(ids(findings)).toEqual(['security/hsts-short-max-age']);
    expect(findings[0]!.message).toContain('max-age=1536000 (17.8 days)');
  });

  it('a JSON API over https without CSP, X-Frame-Options, nosniff or HSTS: no security finding', async () => {
    const url = await tlsServer(['Content-Type: application/json'], '{"id":1}');
    const { findings, code } = await inspect([url, '--cacert', CA]);
    expect(findings.filter((f) => f.ruleId.startsWith('security/'))).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('saved raw responses', () => {
  it('HSTS in a raw file whose scheme is unknown: hsts-over-http is reported as not evaluated, never guessed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'httpinspect-sec-')), 'response.txt');
    writeFileSync(file, `HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\nCache-Control: no-store\r\nContent-Type: application/json\r\nStrict-Transport-Security: max-age=31536000\r\nContent-Length: 2\r\n\r\n{}`);
    const r = await runCli(['--raw', file, '--json']);
    const ex = JSON.parse(r.stdout).exchanges[0];
    expect(ex.findings).toEqual([]);
    expect(ex.notEvaluated).toContain('security/hsts-over-http');
    expect(r.code).toBe(0);
  });

  it('a raw request naming an http URL lets hsts-over-http judge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpinspect-sec-'));
    writeFileSync(join(dir, 'request.txt'), 'GET /page HTTP/1.1\r\nHost: example.com\r\n\r\n');
    writeFileSync(join(dir, 'response.txt'), `HTTP/1.1 200 OK\r\nDate: ${new Date().toUTCString()}\r\nCache-Control: no-store\r\nContent-Type: application/json\r\nStrict-Transport-Security: max-age=300\r\nContent-Length: 2\r\n\r\n{}`);
    const r = await runCli(['--raw', join(dir, 'response.txt'), '--raw-request', join(dir, 'request.txt'), '--json']);
    const ids = JSON.parse(r.stdout).exchanges[0].findings.map((f: JsonFinding) => f.ruleId).sort();
    expect(ids).toEqual(['security/hsts-over-http', 'security/hsts-short-max-age']);
  });
});
