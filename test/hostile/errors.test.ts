// Every transport failure is one clear line on stderr and exit 3; usage errors exit 2; Ctrl-C prints what
// was captured so far and exits 130.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createTcpServer } from 'node:net';
import { createServer, type Server } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli';
import { bytesServer, rawServer, type RawServer } from '../helpers/rawServer';
import { sleep } from './helpers';

const CA = new URL('../fixtures/tls/ca.pem', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));
const servers: RawServer[] = [];
let tlsServer: Server | undefined;
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  await new Promise<void>((r) => (tlsServer ? tlsServer.close(() => r()) : r()));
  tlsServer = undefined;
});

function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^httpinspect: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
}

async function tlsUrl(cert: string): Promise<string> {
  tlsServer = createServer({ cert: fixture(`${cert}.pem`), key: fixture(`${cert}.key`) }, (socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end('HTTP/1.1 204 No Content\r\n\r\n'));
  });
  tlsServer.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => tlsServer!.listen(0, '127.0.0.1', r));
  return `https://127.0.0.1:${(tlsServer.address() as { port: number }).port}/`;
}

describe('transport failures: one line, exit 3', () => {
  it('refused', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createTcpServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const r = await runCli([`http://127.0.0.1:${port}/`]);
    expect(r.code).toBe(3);
    expectOneLineError(r.stderr, /connection refused by 127\.0\.0\.1:\d+/);
  });

  it('reset by the server before any response', async () => {
    const s = await rawServer((socket) => socket.resetAndDestroy());
    servers.push(s);
    const r = await runCli([s.url]);
    expect(r.code).toBe(3);
    expectOneLineError(r.stderr, /reset by the server/);
    expect(r.stdout).toContain('[RESET]');
  });

  it('empty reply', async () => {
    const s = await bytesServer('');
    servers.push(s);
    const r = await runCli([s.url]);
    expect(r.code).toBe(3);
    expectOneLineError(r.stderr, /closed the connection without sending any response/);
  });

  const certificates: Array<[string, string, string[], RegExp]> = [
    ['expired', 'expired', ['--cacert', CA], /certificate expired on .*2021/],
    ['self-signed', 'self', [], /certificate is self-signed/],
    ['wrong host, naming the certificate\'s names', 'other', ['--cacert', CA], /not valid for 127\.0\.0\.1 \(it names DNS:other\.example\)/],
    ['unknown CA', 'server', [], /signed by an unknown CA \(.*httpinspect test CA/],
  ];
  for (const [name, cert, args, message] of certificates) {
    it(`TLS: ${name}`, async () => {
      const r = await runCli([await tlsUrl(cert), ...args]);
      expect(r.code).toBe(3);
      expectOneLineError(r.stderr, message);
    });
  }

  it('TLS: a server that answers the ClientHello with garbage', async () => {
    const garbage = await new Promise<{ url: string; close: () => void }>((resolve) => {
      const s = createTcpServer((socket) => {
        socket.on('error', () => undefined);
        socket.once('data', () => socket.end(Buffer.from('\x16\x03\x03\x00\x05garbageHTTP/1.1 200 OK\r\n\r\n', 'latin1')));
      }).listen(0, '127.0.0.1', () => resolve({ url: `https://127.0.0.1:${(s.address() as { port: number }).port}/`, close: () => s.close() }));
    });
    try {
      const r = await runCli([garbage.url]);
      expect(r.code).toBe(3);
      expectOneLineError(r.stderr, /TLS handshake failed/);
    } finally {
      garbage.close();
    }
  });
});

describe('usage errors: exit 2', () => {
  for (const args of [['--idle-timeout', 'soon'], ['--first-byte-timeout', '0'], ['--tls-timeout', '-1s'], ['--max-total-size', 'lots']]) {
    it(args.join(' '), async () => {
      const r = await runCli(['http://127.0.0.1:1/', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLineError(r.stderr, new RegExp(args[0]!));
    });
  }
});

describe('Ctrl-C', () => {
  for (const json of [false, true]) {
    it(`prints what arrived so far and exits 130${json ? ' (--json)' : ''}`, async () => {
      let sent = 0;
      const s = await rawServer(async (socket) => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n');
        for (let i = 0; i < 1000 && !socket.destroyed; i++) {
          socket.write('x');
          sent++;
          await sleep(20);
        }
      });
      servers.push(s);
      const child = spawn(process.execPath, [BIN, s.url, ...(json ? ['--json'] : [])], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      for (let waited = 0; sent < 5 && waited < 5000; waited += 20) await sleep(20);
      child.kill('SIGINT');
      const code = await closed;
      expect(code, stderr).toBe(130);
      expect(stderr).toContain('interrupted');
      if (json) {
        const ex = JSON.parse(stdout).exchanges[0];
        expect(ex.error.code).toBe('ABORTED');
        expect(ex.response.status).toBe(200);
        expect(ex.response.complete).toBe(false);
        expect(ex.response.bodySize).toBeGreaterThan(0);
      } else {
        expect(stdout).toContain('200 OK');
        expect(stdout).toContain('[ABORTED]');
      }
    });
  }
});
