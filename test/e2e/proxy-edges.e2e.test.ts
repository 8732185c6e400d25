// The proxy at its edges: an https upstream (TLS facts in the report, --cacert honoured), hostile clients
// (garbage, oversized requests) answered with one line while the proxy keeps serving, and --record.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import { rawServer } from '../helpers/rawServer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'httpinspect-proxy-edges-'));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));
const CA = new URL('../fixtures/tls/ca.pem', import.meta.url).pathname;
const ANSWER = 'HTTP/1.1 204 No Content\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 5\r\n\r\nhello';

let server: Server;
let upstream: string;
beforeAll(async () => {
  server = createServer({ cert: fixture('server.pem'), key: fixture('server.key'), ALPNProtocols: ['http/1.1'] }, (socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(ANSWER));
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  upstream = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const CLIENT = `
import { connect } from 'node:net';
import { writeFileSync } from 'node:fs';
const proxy = new URL(process.env.HTTPINSPECT_PROXY_URL);
const raws = JSON.parse(process.argv[2]);
const got = [];
for (const raw of raws) {
  got.push(await new Promise((resolve) => {
    const s = connect(Number(proxy.port), proxy.hostname, () => s.write(raw));
    const parts = [];
    s.on('data', (d) => parts.push(d));
    s.on('close', () => resolve(Buffer.concat(parts).toString('latin1')));
    s.on('error', () => undefined);
  }));
}
writeFileSync(process.argv[3], JSON.stringify(got));
`;

describe('httpinspect proxy at its edges', () => {
  const client = join(dir, 'client.mjs');
  writeFileSync(client, CLIENT);

  it('forwards to an https upstream over TLS (with --cacert) and relays the bytes as received', async () => {
    const out = join(dir, 'tls.json');
    const r = await runCli(['proxy', '--upstream', upstream, '--cacert', CA, '-f', 'json', '--', process.execPath, client, JSON.stringify(['GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n']), out], { timeoutMs: 20_000 });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([ANSWER]);
    const ex = JSON.parse(r.stdout).exchanges[0];
    expect(ex.url).toBe(`${upstream}/x`);
    expect(ex.tls.authorized).toBe(true);
    expect(ex.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('framing/body-on-204');
    // Without the CA the upstream's certificate does not verify: a 502 saying so, and a TLS_CERT error.
    const untrusted = await runCli(['proxy', '--upstream', upstream, '-f', 'json', '--', process.execPath, client, JSON.stringify(['GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n']), out], { timeoutMs: 20_000 });
    expect(JSON.parse(readFileSync(out, 'utf8'))[0]).toMatch(/^HTTP\/1\.1 502 Bad Gateway\r\n/);
    expect(JSON.parse(untrusted.stdout).exchanges[0].error.code).toBe('TLS_CERT');
  });

  it('answers garbage with 400 and an oversized request with 413, one line each on stderr, and keeps serving', async () => {
    const out = join(dir, 'hostile.json');
    const big = `POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n${'x'.repeat(5000)}`;
    const raws = ['\x16\x03\x01 not http at all\r\n\r\n', big, 'GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'];
    const r = await runCli(['proxy', '--upstream', upstream, '--cacert', CA, '--max-body', '1KiB', '--max-header-size', '1KiB', '-f', 'json', '--', process.execPath, client, JSON.stringify(raws), out], { timeoutMs: 20_000 });
    const got: string[] = JSON.parse(readFileSync(out, 'utf8'));
    expect(got[0]).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*httpinspect proxy: not an HTTP\/1\.x request line: "\\x16/);
    expect(got[1]).toMatch(/^HTTP\/1\.1 413 Content Too Large\r\n[\s\S]*larger than 2048 bytes/);
    expect(got[2]).toBe(ANSWER);
    expect(r.stderr).toMatch(/✖ refused a client request: not an HTTP\/1\.x request line/);
    expect(r.stderr).not.toMatch(/\x16/);
    expect(JSON.parse(r.stdout).exchanges).toHaveLength(1);
  });
});

describe('a request addressed to the proxy itself', () => {
  it('is refused with 400 instead of looping', async () => {
    const out = join(dir, 'self.json');
    const script = `
const u = new URL(process.env.HTTP_PROXY);
const net = await import('node:net');
const got = await new Promise((resolve) => {
  const s = net.connect(Number(u.port), u.hostname, () => s.write('GET ' + u.origin + '/x HTTP/1.1\\r\\nHost: ' + u.host + '\\r\\n\\r\\n'));
  let text = '';
  s.on('data', (d) => (text += d));
  s.on('close', () => resolve(text));
});
(await import('node:fs')).writeFileSync(process.argv[2], JSON.stringify(got));
`;
    const file = join(dir, 'self.mjs');
    writeFileSync(file, script);
    const r = await runCli(['proxy', '-f', 'json', '--', process.execPath, file, out], { timeoutMs: 20_000 });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*is this proxy itself: forwarding there would loop\n$/);
    expect(JSON.parse(r.stdout).exchanges).toEqual([]);
  });
});

describe('a slow client', () => {
  it('gets every byte of a large response (the upstream is read only as fast as the client takes it)', async () => {
    const size = 8 * 1024 * 1024;
    const big = await rawServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`);
      socket.end(Buffer.alloc(size, 0x61));
    });
    try {
      const file = join(dir, 'slow.mjs');
      const out = join(dir, 'slow.json');
      writeFileSync(
        file,
        `import { connect } from 'node:net';
import { writeFileSync } from 'node:fs';
const u = new URL(process.env.HTTPINSPECT_PROXY_URL);
const s = connect(Number(u.port), u.hostname, () => s.write('GET /big HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n'));
let n = 0;
s.on('data', (d) => { n += d.length; s.pause(); setTimeout(() => s.resume(), 1); });
s.on('close', () => writeFileSync(process.argv[2], JSON.stringify(n)));
`,
      );
      const r = await runCli(['proxy', '--upstream', big.url, '--max-body', '1MiB', '-f', 'json', '--', process.execPath, file, out], { timeoutMs: 30_000 });
      const head = `HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\n\r\n`;
      expect(JSON.parse(readFileSync(out, 'utf8'))).toBe(head.length + size);
      const ex = JSON.parse(r.stdout).exchanges[0];
      expect(ex.receivedBytes).toBe(head.length + size);
      expect(ex.response.complete).toBe(true);
      expect(r.code).toBe(0);
    } finally {
      await big.close();
    }
  });
});
