// `httpinspect <url> --clients` end to end: the built CLI against the lab, real clients, real replays.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../src/lab/server';
import { BIN, runCli } from '../helpers/cli';
import { rawServer } from '../helpers/rawServer';

interface Reaction {
  name: string;
  version: string;
  outcome: string;
  detail: string;
  status: number | null;
  code: string | null;
}

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await lab.close();
});

async function clientsOf(args: string[]): Promise<{ code: number | null; reactions: Reaction[] | null; report: { exchanges: Array<{ clients: Reaction[] | null }> } }> {
  const r = await runCli([...args, '--clients', '--json']);
  const report = JSON.parse(r.stdout);
  return { code: r.code, reactions: report.exchanges[0].clients, report };
}

function byName(reactions: Reaction[] | null): Record<string, Reaction> {
  return Object.fromEntries((reactions ?? []).map((r) => [r.name, r]));
}

describe('--clients --json', () => {
  it('204 with Content-Length: 5: undici throws a length mismatch, Node fetch and curl return the 204', async () => {
    const { code, reactions } = await clientsOf([`${lab.url}/scenario/content-length-on-204`, '-X', 'DELETE']);
    expect(code).toBe(1);
    expect(reactions!.map((r) => Object.keys(r).sort())).toEqual(Array(3).fill(['code', 'detail', 'keepAlive', 'name', 'outcome', 'status', 'version']));
    const c = byName(reactions);
    expect(c.undici).toMatchObject({ outcome: 'error', code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH', version: expect.stringMatching(/^7\./) });
    expect(c.undici!.detail).toBe('throws UND_ERR_RES_CONTENT_LENGTH_MISMATCH: Response body length does not match content-length header');
    expect(c['Node fetch']).toMatchObject({ outcome: 'ok', status: 204, detail: '204, 0 body bytes', version: process.versions.undici });
    expect(c.curl).toMatchObject({ outcome: 'ok', status: 204, code: null });
  });

  it('a 204 with a body, replayed on a kept-alive connection: the stray bytes break the next response for undici and curl', async () => {
    const { reactions } = await clientsOf([`${lab.url}/scenario/body-on-204`, '-X', 'DELETE']);
    const c = byName(reactions) as Record<string, Reaction & { keepAlive: Record<string, unknown> | null }>;
    expect(c.undici).toMatchObject({ outcome: 'ok', detail: '204, 0 body bytes' });
    expect(c.undici!.keepAlive).toMatchObject({ outcome: 'error', code: 'HTTPParserError', sameConnection: true });
    expect(c.curl!.keepAlive).toEqual({ outcome: 'error', detail: 'exit 1: Received HTTP/0.9 when not allowed', status: null, code: 'exit 1', sameConnection: true });
    const text = await runCli([`${lab.url}/scenario/body-on-204`, '-X', 'DELETE', '--clients']);
    expect(text.stdout).toMatch(/then GET on the same connection: ✖ error +exit 1: Received HTTP\/0\.9 when not allowed/);
  });

  it('obs-fold: undici rejects the folded line, Node fetch and curl read the body', async () => {
    const { reactions } = await clientsOf([`${lab.url}/scenario/obs-fold`]);
    const c = byName(reactions);
    expect(c.undici).toMatchObject({ outcome: 'error', code: 'HTTPParserError', status: null });
    expect(c.undici!.detail).toContain('(Unexpected whitespace after header value)');
    expect(c['Node fetch']).toMatchObject({ outcome: 'ok', status: 200, detail: '200, 6 body bytes' });
    expect(c.curl).toMatchObject({ outcome: 'ok', status: 200, detail: '200, 6 body bytes' });
  });

  it('a header line without a colon: curl exits 8', async () => {
    const { reactions } = await clientsOf([`${lab.url}/scenario/invalid-header-line`]);
    expect(byName(reactions).curl).toMatchObject({ outcome: 'error', code: 'exit 8', detail: 'exit 8: Header without colon' });
  });

  it('every hop of -L gets its own replay', async () => {
    const server = await rawServer((socket, request) => {
      if (request.startsWith('GET /old ')) socket.end('HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\nContent-Length: 0\r\n\r\n');
      else socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nnew');
    });
    try {
      const { report } = await clientsOf([`${server.url}/old`, '-L']);
      expect(report.exchanges.map((e) => e.clients!.map((r) => `${r.name}:${r.status}`))).toEqual([
        ['undici:301', 'Node fetch:301', 'curl:301'],
        ['undici:200', 'Node fetch:200', 'curl:200'],
      ]);
      // The replays never reach the inspected server: it saw the two requests of the inspection only.
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('POST is replayed as POST with its body, to the replay server only', async () => {
    const server = await rawServer((socket) => socket.end('HTTP/1.1 201 Created\r\nLocation: /items/1\r\nContent-Length: 0\r\n\r\n'));
    try {
      const { reactions } = await clientsOf([`${server.url}/items`, '-d', 'name=x']);
      for (const r of reactions!) expect(r).toMatchObject({ outcome: 'ok', status: 201 });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('without --clients the entry is null; with nothing received it is null too', async () => {
    const plain = JSON.parse((await runCli([`${lab.url}/scenario/chunked-ok`, '--json'])).stdout);
    expect(plain.exchanges[0].clients).toBeNull();
    const server = await rawServer((socket) => socket.destroy());
    const url = server.url;
    await server.close();
    const refused = await runCli([url, '--clients', '--json']);
    expect(refused.code).toBe(3);
    expect(JSON.parse(refused.stdout).exchanges[0].clients).toBeNull();
  });
});

describe('--clients in the text report', () => {
  it('prints a "How clients react" section per exchange, one line per client', async () => {
    const r = await runCli([`${lab.url}/scenario/conflicting-content-length`, '--clients']);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('How clients react'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}undici 7\.\S+ +✖ error +throws UND_ERR_RES_CONTENT_LENGTH_MISMATCH: /);
    expect(lines[at + 2]).toMatch(/^ {4}Node fetch \(undici \S+\) +✖ error +rejects: fetch failed \(HPE_UNEXPECTED_CONTENT_LENGTH: .*Duplicate Content-Length\)\)$/);
    expect(lines[at + 3]).toMatch(/^ {4}curl \S+ +✖ error +exit 18: transfer closed with 6 bytes remaining to read$/);
  });

  it('is absent without --clients', async () => {
    const r = await runCli([`${lab.url}/scenario/chunked-ok`]);
    expect(r.stdout).toContain('no findings');
    expect(r.stdout).not.toContain('How clients react');
  });
});

describe('undici stays off the plain inspection path', () => {
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  // Every file esbuild wrote (the one CommonJS bundle; lazy paths live in wrappers inside it).
  const bundleFiles = () => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.c?js$/.test(f));

  it('the bundle loads undici only lazily, inside the --clients path', () => {
    const code = bundleFiles().map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    // The one require is the lowered `await import('undici')`: it runs only when that promise chain does.
    expect(code.match(/require\("undici"\)/g)).toHaveLength(1);
    expect(code).toMatch(/await Promise\.resolve\(\)\.then\(\(\)=>\w+\(require\("undici"\)/);
    expect(code).not.toMatch(/from\s*["']undici["']|import\s*["']undici["']/);
  });

  it('a copy of the CLI with no undici installed inspects and prints --version; only --clients misses it', async () => {
    // bin + dist + package.json, and no node_modules anywhere above: undici cannot be loaded there.
    const root = mkdtempSync(join(tmpdir(), 'httpinspect-noundici-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(BIN, join(root, 'bin', 'httpinspect.js'));
    cpSync(dist, join(root, 'dist'), { recursive: true });
    copyFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), join(root, 'package.json'));
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [join(root, 'bin', 'httpinspect.js'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const version = await run(['--version']);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    const plain = await run([`${lab.url}/scenario/chunked-ok`, '--json']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).exchanges[0].response.status).toBe(200);
    // The same copy with --clients: undici is not there, so its entry is left out (the others still run).
    const clients = await run([`${lab.url}/scenario/chunked-ok`, '--json', '--clients']);
    expect(JSON.parse(clients.stdout).exchanges[0].clients.map((r: Reaction) => r.name)).toEqual(['Node fetch', 'curl']);
  });
});
