// --probe in the proxy: a proxied GET or HEAD is followed by its announced safe probes (GET, HEAD, OPTIONS
// only), judged with it; an unsafe proxied request gets none and is never repeated.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { rawServer, type RawServer } from '../helpers/rawServer';

const dir = mkdtempSync(join(tmpdir(), 'httpinspect-proxy-probes-'));
const DATE = 'Sun, 29 Nov 2026 10:00:00 GMT';

let upstream: RawServer;
beforeAll(async () => {
  upstream = await rawServer((socket, request) => {
    const method = request.slice(0, request.indexOf(' '));
    if (method === 'DELETE') return socket.end(`HTTP/1.1 204 No Content\r\nDate: ${DATE}\r\n\r\n`);
    if (method === 'OPTIONS') return socket.end(`HTTP/1.1 204 No Content\r\nDate: ${DATE}\r\nAllow: GET, HEAD, OPTIONS, DELETE\r\n\r\n`);
    // GET and HEAD: the same representation; HEAD without the body.
    const head = `HTTP/1.1 200 OK\r\nDate: ${DATE}\r\nCache-Control: no-store\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\n`;
    socket.end(method === 'HEAD' ? head : `${head}ok`);
  });
});
afterAll(async () => {
  await upstream.close();
});

const CLIENT = `
import { connect } from 'node:net';
const proxy = new URL(process.env.HTTPINSPECT_PROXY_URL);
const send = (raw) => new Promise((resolve) => {
  const socket = connect(Number(proxy.port), proxy.hostname, () => socket.write(raw));
  socket.on('data', () => undefined);
  socket.on('close', resolve);
  socket.on('error', resolve);
});
for (const raw of JSON.parse(process.argv[2])) await send(raw);
`;

describe('httpinspect proxy --probe', () => {
  it('probes proxied GETs only with announced GET/HEAD/OPTIONS requests; the DELETE is sent once, unprobed', async () => {
    const client = join(dir, 'client.mjs');
    writeFileSync(client, CLIENT);
    const requests = [`GET /item HTTP/1.1\r\nHost: api.test\r\n\r\n`, `DELETE /item HTTP/1.1\r\nHost: api.test\r\n\r\n`];
    const before = upstream.requests.length;
    const r = await runCli(['proxy', '--upstream', upstream.url, '--probe', 'head,options', '-f', 'json', '--', process.execPath, client, JSON.stringify(requests)], { timeoutMs: 20_000 });
    expect(r.code).toBe(0);
    const methods = upstream.requests.slice(before).map((raw) => raw.slice(0, raw.indexOf(' ')));
    expect(methods.filter((m) => m === 'DELETE')).toHaveLength(1);
    expect(methods.filter((m) => m !== 'DELETE').every((m) => ['GET', 'HEAD', 'OPTIONS'].includes(m))).toBe(true);
    expect(methods).toContain('HEAD');
    expect(methods).toContain('OPTIONS');
    expect(r.stderr).toMatch(/\* probe head: HEAD \/item/);
    expect(r.stderr).toMatch(/\* probe options: OPTIONS \/item/);
    const report = JSON.parse(r.stdout);
    const probes = report.exchanges.filter((e: { probe: unknown }) => e.probe !== null);
    expect(probes.map((e: { probe: { name: string } }) => e.probe.name).sort()).toEqual(['head', 'options']);
    const get = report.exchanges.findIndex((e: { request: { method: string }; probe: unknown }) => e.request.method === 'GET' && e.probe === null);
    for (const p of probes) expect(report.exchanges[p.probe.of].request.method).toBe('GET');
    expect(get).toBeGreaterThanOrEqual(0);
    // The DELETE's entry has no probe following it.
    expect(report.exchanges.filter((e: { request: { method: string } }) => e.request.method === 'DELETE')).toHaveLength(1);
  });
});
