// `httpinspect proxy`: the real CLI between a test client and a misbehaving raw upstream on 127.0.0.1.
// The client must receive the upstream's bytes exactly (never repaired), the report must name every finding
// with its method and path, and the exit code must follow the command, then the findings.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { rawServer, type RawServer } from '../helpers/rawServer';

const dir = mkdtempSync(join(tmpdir(), 'httpinspect-proxy-'));

/** What the upstream sends for each request line prefix; /hang never answers. */
const ANSWERS: Record<string, string> = {
  'GET /no-content': 'HTTP/1.1 204 No Content\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 5\r\n\r\nhello',
  'DELETE /users/42': 'HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 0\r\n\r\n',
  'PUT /users/42': 'HTTP/1.1 405 Method Not Allowed\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 0\r\n\r\n',
  'GET /ok': 'HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nCache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nok',
};

const PARTIAL = 'HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 10\r\n\r\nabc';

let upstream: RawServer;
beforeAll(async () => {
  upstream = await rawServer((socket, request) => {
    const [method, target] = request.slice(0, request.indexOf('\r\n')).split(' ');
    const key = `${method} ${target!.split('?')[0]}`;
    if (ANSWERS[key]) socket.end(Buffer.from(ANSWERS[key], 'latin1'));
    // GET /partial: 3 of 10 promised bytes, then silence.
    else if (key === 'GET /partial') socket.write(Buffer.from(PARTIAL, 'latin1'));
    // GET /hang: accepted, never answered.
  });
});
afterAll(async () => {
  await upstream.close();
});

/** A client that sends raw requests through $HTTPINSPECT_PROXY_URL and saves every byte it got back. */
const CLIENT = `
import { connect } from 'node:net';
import { writeFileSync } from 'node:fs';
const proxy = new URL(process.env.HTTPINSPECT_PROXY_URL);
const requests = JSON.parse(process.argv[2]);
const exchange = (raw) => new Promise((resolve) => {
  const socket = connect(Number(proxy.port), proxy.hostname, () => socket.write(raw));
  const parts = [];
  socket.on('data', (d) => parts.push(d));
  socket.on('close', () => resolve(Buffer.concat(parts).toString('latin1')));
  socket.on('error', () => undefined);
});
const received = await Promise.all(requests.map(exchange));
writeFileSync(process.argv[3], JSON.stringify(received));
process.exit(Number(process.argv[4] ?? 0));
`;

function request(method: string, path: string, extra = ''): string {
  return `${method} ${path} HTTP/1.1\r\nHost: api.test\r\nConnection: keep-alive\r\n${extra}\r\n`;
}

describe('httpinspect proxy --upstream … -- <command>', () => {
  const client = join(dir, 'client.mjs');
  writeFileSync(client, CLIENT);

  it('relays the upstream bytes exactly, reports every finding by method and path, 502 for the hung one, exit 1', async () => {
    const out = join(dir, 'received.json');
    const report = join(dir, 'report.json');
    const requests = [request('GET', '/no-content'), request('DELETE', '/users/42'), request('PUT', '/users/42', 'Content-Length: 2\r\n') + 'hi', request('GET', '/hang'), request('GET', '/partial')];
    const started = Date.now();
    const r = await runCli(
      ['proxy', '--upstream', upstream.url, '--first-byte-timeout', '1s', '--idle-timeout', '1s', '--report-json', report, '--', process.execPath, client, JSON.stringify(requests), out],
      { timeoutMs: 30_000 },
    );
    expect(r.code).toBe(1);
    const received: string[] = JSON.parse(readFileSync(out, 'utf8'));
    // Byte for byte as the upstream sent them: the 204 keeps its 5-byte body.
    expect(received[0]).toBe(ANSWERS['GET /no-content']);
    expect(received[1]).toBe(ANSWERS['DELETE /users/42']);
    expect(received[2]).toBe(ANSWERS['PUT /users/42']);
    expect(received[3]).toMatch(/^HTTP\/1\.1 502 Bad Gateway\r\n/);
    expect(received[3]).toMatch(/\r\n\r\nhttpinspect proxy: first-byte timeout: .*\(--first-byte-timeout\)\n$/);
    expect(Date.now() - started).toBeGreaterThan(1000);
    // A response that stalls mid-body reaches the client as far as it came; then the connection closes.
    expect(received[4]).toBe(PARTIAL);

    // The upstream got the client's request bytes, with Connection: close instead of keep-alive; Host kept.
    const put = upstream.requests.find((q) => q.startsWith('PUT /users/42 '))!;
    expect(put).toBe('PUT /users/42 HTTP/1.1\r\nHost: api.test\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi');

    // Live lines on stderr as exchanges complete.
    expect(r.stderr).toContain('✖ GET /no-content → 204 framing/body-on-204');
    expect(r.stderr).toContain('⚠ DELETE /users/42 → 200 status/delete-200-empty');
    expect(r.stderr).toContain('✖ PUT /users/42 → 405 status/405-without-allow');
    expect(r.stderr).toContain('✖ GET /hang → no response [TIMEOUT_FIRST_BYTE]');

    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.exchanges).toHaveLength(5);
    expect(json.exchanges.find((e: { url: string }) => e.url.endsWith('/partial')).error.code).toBe('TIMEOUT_IDLE');
    const hang = json.exchanges.find((e: { url: string }) => e.url.endsWith('/hang'));
    expect(hang.error.code).toBe('TIMEOUT_FIRST_BYTE');
    const groups = json.groups.map((g: { ruleId: string; method: string; path: string; count: number }) => `${g.ruleId} ${g.method} ${g.path} ${g.count}`);
    expect(groups).toEqual(expect.arrayContaining(['framing/body-on-204 GET /no-content 1', 'status/delete-200-empty DELETE /users/42 1', 'status/405-without-allow PUT /users/42 1']));
    const body204 = json.groups.find((g: { ruleId: string }) => g.ruleId === 'framing/body-on-204');
    expect(body204.evidence).toContain('68 65 6c 6c 6f');
    expect(json.notInspected).toEqual([]);
    // The text report on stdout groups them too.
    expect(r.stdout).toContain('Findings by endpoint:');
    expect(r.stdout).toMatch(/1×\s+status\/delete-200-empty\s+DELETE \/users\/42/);
  });

  it('exits with the command\'s code when it fails, and 0 when no finding reaches --fail-on', async () => {
    const out = join(dir, 'received2.json');
    const failed = await runCli(['proxy', '--upstream', upstream.url, '--', process.execPath, client, JSON.stringify([request('GET', '/no-content')]), out, '7'], { timeoutMs: 20_000 });
    expect(failed.code).toBe(7);
    const clean = await runCli(['proxy', '--upstream', upstream.url, '-f', 'json', '--', process.execPath, client, JSON.stringify([request('GET', '/ok')]), out], { timeoutMs: 20_000 });
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).summary.errors).toBe(0);
    const lenient = await runCli(['proxy', '--upstream', upstream.url, '--fail-on', 'none', '--', process.execPath, client, JSON.stringify([request('GET', '/no-content')]), out], { timeoutMs: 20_000 });
    expect(lenient.code).toBe(0);
    // --rule works here as for an inspection (the option table is shared).
    const ruled = await runCli(
      ['proxy', '--upstream', upstream.url, '--rule', 'framing/body-on-204=off', '--rule', 'framing/content-length-on-204=info', '-f', 'json', '--', process.execPath, client, JSON.stringify([request('GET', '/no-content')]), out],
      { timeoutMs: 20_000 },
    );
    expect(ruled.code).toBe(0);
    const findings = JSON.parse(ruled.stdout).exchanges[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}=${f.severity}`);
    expect(findings).toContain('framing/content-length-on-204=info');
    expect(findings.some((f: string) => f.startsWith('framing/body-on-204'))).toBe(false);
  });

  it('groups repeated hits of one endpoint and serves 64 concurrent clients at once', async () => {
    let open = 0;
    let peak = 0;
    const slow = await rawServer((socket) => {
      open++;
      peak = Math.max(peak, open);
      setTimeout(() => {
        open--;
        socket.end(Buffer.from(ANSWERS['DELETE /users/42']!, 'latin1'));
      }, 700);
    });
    try {
      const out = join(dir, 'received3.json');
      const requests = Array.from({ length: 64 }, () => request('DELETE', '/users/42'));
      // -f ndjson: a line per exchange as it completes, the groups in the summary line.
      const r = await runCli(['proxy', '--upstream', slow.url, '-f', 'ndjson', '--', process.execPath, client, JSON.stringify(requests), out], { timeoutMs: 30_000 });
      expect(r.code).toBe(0);
      const received: string[] = JSON.parse(readFileSync(out, 'utf8'));
      expect(received.every((b) => b === ANSWERS['DELETE /users/42'])).toBe(true);
      expect(peak).toBe(64);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.filter((l) => l.type === 'exchange')).toHaveLength(64);
      const summary = lines[lines.length - 1];
      expect(summary.type).toBe('summary');
      expect(summary.groups).toEqual([expect.objectContaining({ ruleId: 'status/delete-200-empty', method: 'DELETE', path: '/users/42', count: 64 })]);
      expect(summary.notInspected).toEqual([]);
    } finally {
      await slow.close();
    }
  });

  it('a refused upstream is a 502 naming the cause and a transport error in the report; the proxy keeps serving', async () => {
    const dead = await rawServer(() => undefined);
    const deadUrl = dead.url;
    await dead.close();
    const out = join(dir, 'received4.json');
    const r = await runCli(['proxy', '--upstream', deadUrl, '-f', 'json', '--', process.execPath, client, JSON.stringify([request('GET', '/a'), request('GET', '/b')]), out], { timeoutMs: 20_000 });
    const received: string[] = JSON.parse(readFileSync(out, 'utf8'));
    expect(received).toHaveLength(2);
    for (const bytes of received) expect(bytes).toMatch(/^HTTP\/1\.1 502 Bad Gateway\r\n[\s\S]*\r\n\r\nhttpinspect proxy: connection refused by 127\.0\.0\.1:\d+: nothing is listening there\n$/);
    expect(JSON.parse(r.stdout).exchanges.map((e: { error: { code: string } }) => e.error.code)).toEqual(['REFUSED', 'REFUSED']);
    expect(r.code).toBe(0);
  });

  it('a bad --upstream is a usage error', async () => {
    const r = await runCli(['proxy', '--upstream', 'ftp://127.0.0.1/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('httpinspect: --upstream must be an http:// or https:// URL, not "ftp://127.0.0.1/"\n');
  });
});

describe('httpinspect proxy (forward)', () => {
  it('serves HTTP_PROXY clients (Node and curl) byte for byte, and lists CONNECT tunnels as not inspected', async () => {
    const nodeClient = join(dir, 'forward.mjs');
    // Node's own http client does not read HTTP_PROXY: like a test suite's proxy-aware client, this one does.
    writeFileSync(
      nodeClient,
      `
import http from 'node:http';
import net from 'node:net';
import { writeFileSync } from 'node:fs';
const proxy = new URL(process.env.HTTP_PROXY);
const target = process.argv[2];
const body = await new Promise((resolve, reject) => {
  const req = http.request({ host: proxy.hostname, port: proxy.port, method: 'DELETE', path: target + '/users/42', headers: { Host: new URL(target).host }, agent: false }, (res) => {
    const parts = [];
    res.on('data', (d) => parts.push(d));
    res.on('end', () => resolve(res.statusCode + ' ' + Buffer.concat(parts).length));
  });
  req.on('error', reject);
  req.end();
});
// CONNECT: tunnelled, not inspected; plain HTTP inside the tunnel here, as TLS would be.
const tunnel = await new Promise((resolve) => {
  const s = net.connect(Number(proxy.port), proxy.hostname, () => s.write('CONNECT ' + new URL(target).host + ' HTTP/1.1\\r\\nHost: ' + new URL(target).host + '\\r\\n\\r\\n'));
  let got = '';
  s.on('data', (d) => {
    got += d.toString('latin1');
    if (got === 'HTTP/1.1 200 Connection Established\\r\\n\\r\\n') s.write('GET /ok HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n');
  });
  s.on('close', () => resolve(got));
});
writeFileSync(process.argv[3], JSON.stringify({ body, tunnel }));
`,
    );
    const out = join(dir, 'forward.json');
    const curlOut = join(dir, 'curl.out');
    const script = `"${process.execPath}" "${nodeClient}" "${upstream.url}" "${out}" && curl -s --raw -o "${curlOut}" "${upstream.url}/no-content?x=1"`;
    const r = await runCli(['proxy', '-f', 'json', '--', 'sh', '-c', script], { timeoutMs: 15_000, env: { NO_PROXY: '', no_proxy: '' } });
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.body).toBe('200 0');
    expect(result.tunnel).toBe(`HTTP/1.1 200 Connection Established\r\n\r\n${ANSWERS['GET /ok']}`);
    // curl's request went through the proxy (and was judged): the 204's stray bytes are reported.
    expect(upstream.requests.some((q) => q.startsWith('GET /no-content?x=1 HTTP/1.1\r\n'))).toBe(true);
    const json = JSON.parse(r.stdout);
    const urls = json.exchanges.map((e: { request: { method: string }; url: string }) => `${e.request.method} ${e.url}`);
    expect(urls).toEqual([`DELETE ${upstream.url}/users/42`, `GET ${upstream.url}/no-content?x=1`]);
    expect(json.groups.map((g: { ruleId: string }) => g.ruleId)).toEqual(expect.arrayContaining(['status/delete-200-empty', 'framing/body-on-204']));
    expect(json.notInspected).toEqual([{ method: 'CONNECT', host: '127.0.0.1', port: upstream.port, count: 1, reason: 'HTTPS tunnelled without inspection' }]);
    expect(r.code).toBe(1);
    // The forwarded request is origin-form with Connection: close; proxy-only fields do not reach the origin.
    const forwarded = upstream.requests.find((q) => q.startsWith('DELETE /users/42 '))!;
    expect(forwarded).toMatch(/\r\nConnection: close\r\n\r\n$/);
    expect(forwarded).not.toMatch(/keep-alive|Proxy-/i);
  });

  it('refuses origin-form requests in forward mode with a 400 naming the fix', async () => {
    const out = join(dir, 'received5.json');
    const client = join(dir, 'client.mjs');
    const r = await runCli(['proxy', '-f', 'json', '--', process.execPath, client, JSON.stringify([request('GET', '/x')]), out], { timeoutMs: 20_000 });
    const received: string[] = JSON.parse(readFileSync(out, 'utf8'));
    expect(received[0]).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*send absolute-form requests/);
    expect(r.code).toBe(0);
  });
});
