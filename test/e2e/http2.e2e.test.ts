// HTTP/2 through the real CLI: every lab scenario over h2c, TLS with ALPN (h2 and the HTTP/1.1 fallback),
// the -v frame lines, and the protocol notes on stderr.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allScenarios } from '../../src/lab/scenarios/index';

const h2Scenarios = allScenarios.filter((s) => s.protocol === 'h2c');
import { LAB_CERTIFICATE, LAB_PRIVATE_KEY } from '../../src/lab/h2/testCertificate';
import { startLab, type Lab } from '../../src/lab/server';
import { runCli } from '../helpers/cli';

let lab: Lab;
let caFile: string;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1', tls: true });
  caFile = join(mkdtempSync(join(tmpdir(), 'httpinspect-h2-')), 'ca.pem');
  writeFileSync(caFile, LAB_CERTIFICATE);
});
afterAll(() => lab.close());

interface JsonFinding {
  ruleId: string;
  evidence: string;
  location: { offset?: number } | null;
}
interface JsonExchange {
  url: string;
  protocol: string;
  findings: JsonFinding[];
  response: { httpVersion: string } | null;
  h2: { frames: Array<{ type: string; offset: number; direction: string }> } | null;
}

describe('h2c scenarios through the CLI', () => {
  it('every scenario fires exactly its rules, with evidence at an offset inside a received frame', async () => {
    // Scenarios that need their own request headers (a 304 answers a conditional request) run below.
    const get = h2Scenarios.filter((s) => !s.request?.method && !s.request?.headers && !s.compare);
    const r = await runCli([...get.map((s) => `${lab.h2cUrl}/scenario/${s.name}`), '--http2-prior-knowledge', '--json', '-j', '4', '--extras-timeout', '200ms'], { timeoutMs: 60_000 });
    const report = JSON.parse(r.stdout) as { exchanges: JsonExchange[] };
    expect(report.exchanges).toHaveLength(get.length);
    get.forEach((s, i) => {
      const ex = report.exchanges[i]!;
      expect(ex.protocol, s.name).toBe('h2c');
      const ids = [...new Set(ex.findings.map((f) => f.ruleId))].sort();
      expect(ids, s.name).toEqual([...s.expect].sort());
      for (const f of ex.findings.filter((x) => x.ruleId.startsWith('http2/') || x.ruleId.startsWith('framing/'))) {
        const offset = f.location?.offset;
        expect(offset, `${s.name}: ${f.ruleId} has an offset`).toBeTypeOf('number');
        if (f.ruleId === 'http2/not-http2') continue;
        const inside = ex.h2!.frames.some((fr) => fr.direction === 'received' && offset! >= fr.offset && offset! < fr.offset + 9 + 16384);
        expect(inside, `${s.name}: ${f.ruleId} offset ${offset}`).toBe(true);
      }
    });
  }, 90_000);

  it('scenarios with their own request headers fire exactly their rules', async () => {
    const withHeaders = h2Scenarios.filter((s) => !s.request?.method && s.request?.headers && !s.compare);
    expect(withHeaders.length).toBeGreaterThan(0);
    for (const s of withHeaders) {
      const headers = s.request!.headers!.flatMap(([n, v]) => ['-H', `${n}: ${v}`]);
      const r = await runCli([`${lab.h2cUrl}/scenario/${s.name}`, ...headers, '--http2-prior-knowledge', '--json', '--extras-timeout', '200ms']);
      const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
      expect([...new Set(ex.findings.map((f) => f.ruleId))].sort(), s.name).toEqual([...s.expect].sort());
    }
  });

  it('body-on-head fires on DATA in answer to HEAD', async () => {
    const r = await runCli([`${lab.h2cUrl}/scenario/h2-body-on-head`, '-X', 'HEAD', '--http2-prior-knowledge', '--json']);
    const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
    expect(ex.findings.map((f) => f.ruleId)).toEqual(['framing/body-on-head']);
    expect(ex.findings[0]!.evidence).toMatch(/^DATA frame at byte \d+/);
  });
});

describe('HTTP/2 over TLS (ALPN)', () => {
  it('--http2 negotiates h2 and reports the connection-specific field with its offset', async () => {
    const r = await runCli([`${lab.tlsUrl}/scenario/h2-connection-specific-header`, '--http2', '--cacert', caFile, '--json']);
    const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
    expect(ex.protocol).toBe('h2');
    expect(ex.response?.httpVersion).toBe('2');
    const f = ex.findings.find((x) => x.ruleId === 'http2/connection-specific-header')!;
    expect(f.evidence).toMatch(/"connection: close" \(.*\) at byte \d+, in the HEADERS frame at byte \d+/);
    expect(r.code).toBe(1);
  });

  it('a well-behaved h2 response is clean (exit 0)', async () => {
    const r = await runCli([`${lab.tlsUrl}/scenario/h2-ok`, '--http2', '--cacert', caFile, '--json']);
    const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
    expect(ex.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('falls back to HTTP/1.1 when the server does not pick h2, and says so (http2/not-negotiated)', async () => {
    const https = await import('node:https');
    const server = https.createServer({ key: LAB_PRIVATE_KEY, cert: LAB_CERTIFICATE }, (_req, res) => {
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const r = await runCli([`https://127.0.0.1:${port}/`, '--http2', '--cacert', caFile, '--json']);
      const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
      expect(ex.protocol).toBe('http/1.1');
      expect(ex.findings.map((f) => f.ruleId)).toEqual(['http2/not-negotiated']);
      expect(r.code).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('--http2 on an http:// URL inspects HTTP/1.1 and says h2 needs TLS', async () => {
    const r = await runCli([`${lab.url}/status/204`, '--http2', '--json']);
    const ex = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!;
    expect(ex.protocol).toBe('http/1.1');
    expect(r.stderr).toContain('HTTP/2 needs TLS');
  });
});

describe('httpinspect lab --tls', () => {
  it('says it uses a lab-only test certificate, and serves h2 by ALPN with it', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli');
    const child = spawn(process.execPath, [BIN, 'lab', '--port', '0', '--tls'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let stderr = '';
      let stdout = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      for (let i = 0; i < 100 && !/TEST certificate/.test(stderr); i++) await new Promise((r) => setTimeout(r, 50));
      expect(stderr).toMatch(/self-signed TEST certificate shipped for the lab only/);
      const tlsUrl = stdout.split('\n').find((l) => l.startsWith('https://'))!;
      const ca = /--cacert (\S+)/.exec(stderr)![1]!;
      const r = await runCli([`${tlsUrl}/scenario/h2-ok`, '--http2', '--cacert', ca, '--json']);
      expect((JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!.protocol).toBe('h2');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('the protocol from the config file', () => {
  it('request.protocol and a per-URL override pick h2c; the command line still wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httpinspect-h2cfg-'));
    const file = join(dir, 'httpinspect.config.json');
    writeFileSync(file, JSON.stringify({ request: { protocol: 'http/1.1' }, overrides: [{ urls: [`${lab.h2cUrl}/scenario/**`], protocol: 'h2c' }] }));
    const viaOverride = await runCli([`${lab.h2cUrl}/scenario/h2-ok`, '-c', file, '--json']);
    expect((JSON.parse(viaOverride.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!.protocol).toBe('h2c');
    const cliWins = await runCli([`${lab.h2cUrl}/status/204`, '-c', file, '--json', '--http1.1']);
    expect((JSON.parse(cliWins.stdout) as { exchanges: JsonExchange[] }).exchanges[0]!.protocol).toBe('http/1.1');
    writeFileSync(file, JSON.stringify({ request: { protocol: 'h3' } }));
    const bad = await runCli([`${lab.h2cUrl}/`, '-c', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/protocol/);
  });
});

describe('--compare-protocols', () => {
  it('sends the request over HTTP/1.1 and HTTP/2 and reports the differences', async () => {
    const r = await runCli([`${lab.h2cUrl}/scenario/h2-protocol-mismatch`, '--compare-protocols', '--json']);
    const exchanges = (JSON.parse(r.stdout) as { exchanges: JsonExchange[] }).exchanges;
    expect(exchanges.map((e) => e.protocol)).toEqual(['http/1.1', 'h2c']);
    const messages = exchanges[1]!.findings.filter((f) => f.ruleId === 'http2/protocol-mismatch').map((f) => (f as unknown as { message: string }).message);
    expect(messages).toEqual(expect.arrayContaining(['x-backend differs between HTTP/1.1 and HTTP/2', expect.stringMatching(/^the content differs/)]));
    expect(exchanges[0]!.findings).toEqual([]);
  });

  it('is a usage error for methods that are not safe to repeat', async () => {
    const r = await runCli([`${lab.url}/`, '--compare-protocols', '-X', 'POST']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/only GET, HEAD and OPTIONS/);
  });
});

describe('-v on HTTP/2', () => {
  it('prints one nghttp-style line per frame, then the decoded fields; -vv adds the encoding', async () => {
    const r = await runCli([`${lab.h2cUrl}/scenario/h2-ok`, '--http2-prior-knowledge', '-v', '-H', 'Connection: keep-alive']);
    const lines = r.stderr.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^> \[\s*\d+\.\d{3}\] send SETTINGS frame <length=18, flags=0x00, stream_id=0>$/));
    expect(lines).toContainEqual(expect.stringMatching(/^< \[\s*\d+\.\d{3}\] recv HEADERS frame <length=\d+, flags=0x04, stream_id=1>$/));
    expect(lines).toContainEqual(expect.stringMatching(/^< {11}:status: 200$/));
    expect(lines).toContainEqual(expect.stringMatching(/^> \[\s*\d+\.\d{3}\] send GOAWAY frame <length=8, flags=0x00, stream_id=0>$/));
    expect(r.stderr.match(/not sent over HTTP\/2/g)).toHaveLength(1);
    const vv = await runCli([`${lab.h2cUrl}/scenario/h2-ok`, '--http2-prior-knowledge', '-vv']);
    expect(vv.stderr).toMatch(/:status: 200 {2}\(indexed; byte \d+\)/);
  });

  it('contradicting protocol flags are a usage error', async () => {
    const r = await runCli([`${lab.url}/`, '--http2', '--http1.1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/contradict/);
  });
});
