// Every phase has its own limit, honored within 100 ms and named in the error; what arrived before a
// timeout is still reported. In-process (captureExchange) so the timings are the engine's own.
import { createServer, Socket, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { captureExchange } from '../../src/capture/http1';
import { exitCodeOf } from '../../src/cli/inspectCommand';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';
import { rawServer, type RawServer } from '../helpers/rawServer';
import { captureOptions, get, sleep } from './helpers';

const LIMIT = 300;
const SLACK = 100;
const servers: Array<RawServer | Server> = [];
const held: Socket[] = [];
afterEach(async () => {
  for (const socket of held.splice(0)) socket.destroy();
  for (const s of servers.splice(0)) {
    if ('requests' in s) await s.close();
    else await new Promise<void>((r) => s.close(() => r()));
  }
});

async function track(server: Promise<RawServer>): Promise<RawServer> {
  const s = await server;
  servers.push(s);
  return s;
}

/** A TCP server that accepts and then says nothing at all (not even a TLS ServerHello). */
async function silentTcp(): Promise<number> {
  const server = createServer((socket) => {
    held.push(socket);
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as { port: number }).port;
}

function expectWithin(total: number, limit: number) {
  expect(total).toBeGreaterThanOrEqual(limit - 5);
  expect(total).toBeLessThan(limit + SLACK);
}

describe('per-phase timeouts', () => {
  it('DNS: a resolver that never answers ends with TIMEOUT_DNS at --connect-timeout', async () => {
    const exchange = await captureExchange(get('http://never-resolves.test/'), captureOptions({ connectTimeout: LIMIT, lookup: () => new Promise(() => undefined) }));
    expect(exchange.error?.code).toBe('TIMEOUT_DNS');
    expect(exchange.error?.message).toMatch(/^DNS timeout: resolving never-resolves\.test .*--connect-timeout/);
    expectWithin(exchange.timings.total, LIMIT);
    expect(exitCodeOf([{ exchanges: [exchange], findings: [[]], notEvaluated: [[]] }], 'error')).toBe(3);
  });

  it('DNS: a failed lookup is a one-line DNS error naming the host', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    const exchange = await captureExchange(get('http://no-such-host.test/'), captureOptions({ lookup: () => Promise.reject(notFound) }));
    expect(exchange.error).toEqual({ code: 'DNS', message: "could not resolve host no-such-host.test (ENOTFOUND): check the URL's host name" });
  });

  it('connect: a SYN nobody answers ends with TIMEOUT_CONNECT', async () => {
    // A socket that never connects stands in for a black-holed address (tests stay on loopback).
    const exchange = await captureExchange(get('http://127.0.0.1:9/'), captureOptions({ connectTimeout: LIMIT, createSocket: () => new Socket() }));
    expect(exchange.error?.code).toBe('TIMEOUT_CONNECT');
    expect(exchange.error?.message).toContain('connect timeout');
    expect(exchange.error?.message).toContain('--connect-timeout');
    expectWithin(exchange.timings.total, LIMIT);
  });

  it('TLS: a server that accepts and never answers the ClientHello ends with TIMEOUT_TLS', async () => {
    const port = await silentTcp();
    const exchange = await captureExchange(get(`https://127.0.0.1:${port}/`), captureOptions({ tlsTimeout: LIMIT }));
    expect(exchange.error?.code).toBe('TIMEOUT_TLS');
    expect(exchange.error?.message).toContain('--tls-timeout');
    expectWithin(exchange.timings.total, LIMIT);
  });

  it('first byte: a server that accepts and never answers ends with TIMEOUT_FIRST_BYTE, exit 3', async () => {
    const s = await track(rawServer(() => undefined));
    const exchange = await captureExchange(get(s.url), captureOptions({ firstByteTimeout: LIMIT }));
    expect(exchange.error?.code).toBe('TIMEOUT_FIRST_BYTE');
    expect(exchange.error?.message).toContain('--first-byte-timeout');
    expect(exchange.response).toBeUndefined();
    expectWithin(exchange.timings.total, LIMIT);
    expect(exitCodeOf([{ exchanges: [exchange], findings: [[]], notEvaluated: [[]] }], 'error')).toBe(3);
  });

  it('idle: a server that stops mid-body ends with TIMEOUT_IDLE, reporting the head and the bytes that came', async () => {
    let headSentAt = 0;
    const s = await track(
      rawServer((socket) => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst ten.');
        headSentAt = performance.now();
      }),
    );
    const started = performance.now();
    const exchange = await captureExchange(get(s.url), captureOptions({ idleTimeout: LIMIT }));
    expect(exchange.error?.code).toBe('TIMEOUT_IDLE');
    expect(exchange.error?.message).toContain('--idle-timeout');
    expect(exchange.response?.status).toBe(200);
    expect(exchange.response?.complete).toBe(false);
    expect(exchange.response?.contentLength).toBe(10);
    expectWithin(exchange.timings.total - (headSentAt - started), LIMIT);
    const findings = runRules([exchange], allRules, { settings: new Map(), maxBody: 1 << 20 })[0]!;
    expect(findings.map((f) => f.ruleId)).toContain('framing/content-length-mismatch');
  });

  it('total (-m): a server that trickles a byte every 5 ms never trips --idle-timeout but stops at -m', async () => {
    const body = 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n' + 'x'.repeat(1000);
    const s = await track(
      rawServer(async (socket) => {
        for (let i = 0; i < body.length && !socket.destroyed; i++) {
          socket.write(body[i]!);
          await sleep(5);
        }
      }),
    );
    const exchange = await captureExchange(get(s.url), captureOptions({ idleTimeout: 200, maxTime: 600 }));
    expect(exchange.error?.code).toBe('TIMEOUT_TOTAL');
    expect(exchange.error?.message).toContain('-m/--max-time');
    expectWithin(exchange.timings.total, 600);
    expect(exchange.receivedTotal).toBeGreaterThan(0);
    expect(exchange.response?.status ?? 0).toBe(exchange.receivedTotal >= 42 ? 200 : 0);
  });

  it('a server that closes mid-body: no timeout, an incomplete response and a framing finding', async () => {
    const s = await track(rawServer((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this')));
    const exchange = await captureExchange(get(s.url), captureOptions());
    expect(exchange.error).toBeUndefined();
    expect(exchange.response?.complete).toBe(false);
    expect(exchange.timings.total).toBeLessThan(1000);
    const findings = runRules([exchange], allRules, { settings: new Map(), maxBody: 1 << 20 })[0]!;
    expect(findings.find((f) => f.ruleId === 'framing/content-length-mismatch')?.message).toMatch(/9/);
  });

  it('limits beyond what a timer can hold do not fire at once', async () => {
    const s = await track(rawServer((socket) => socket.end('HTTP/1.1 204 No Content\r\n\r\n')));
    const huge = 10 * 365 * 24 * 3600 * 1000;
    const exchange = await captureExchange(get(s.url), captureOptions({ maxTime: huge, firstByteTimeout: huge, idleTimeout: huge, connectTimeout: huge }));
    expect(exchange.error).toBeUndefined();
    expect(exchange.response?.status).toBe(204);
  });
});
