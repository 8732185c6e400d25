// Safety is absolute: a server that records every method it receives sees the user's unsafe request exactly
// once, and nothing but GET, HEAD and OPTIONS besides — at most 13 follow-up requests.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLabRequest } from '../../src/lab/server';
import { probeResource } from '../../src/lab/probeResource';
import { runCli } from '../helpers/cli';

let server: Server;
let url: string;
const received: string[] = [];
const sockets = new Set<Socket>();
let peak = 0;

beforeAll(async () => {
  // Serves the lab's well-behaved probe resource (accepting any method) on kept-alive connections.
  server = createServer((socket) => {
    sockets.add(socket);
    peak = Math.max(peak, sockets.size);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffered.toString('latin1', 0, end);
        const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        const req = parseLabRequest(head, buffered.subarray(end + 4, end + 4 + length))!;
        buffered = buffered.subarray(end + 4 + length);
        received.push(req.method);
        for (const step of probeResource(req, { acceptOthers: true })) if (typeof step === 'string' || Buffer.isBuffer(step)) socket.write(step);
        if (/close/i.test(req.headers.find(([n]) => n.toLowerCase() === 'connection')?.[1] ?? '')) socket.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/items/1`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('--probe all never repeats the user\'s request and sends only safe methods', () => {
  for (const method of ['DELETE', 'POST', 'PUT', 'PATCH']) {
    it(`-X ${method}: one ${method}, then only GET, HEAD and OPTIONS (at most 13)`, async () => {
      received.length = 0;
      const body = method === 'DELETE' ? [] : ['-d', '{"name":"x"}'];
      const r = await runCli([url, '-X', method, ...body, '--probe', 'all', '--json'], { timeoutMs: 30_000 });
      expect(r.code).toBe(0);
      expect(received.filter((m) => m === method)).toEqual([method]);
      expect(received[0]).toBe(method);
      const others = received.slice(1);
      expect(others.every((m) => m === 'GET' || m === 'HEAD' || m === 'OPTIONS'), others.join(' ')).toBe(true);
      expect(others.length).toBeLessThanOrEqual(13);
      // The report shows the same: the GET baseline, and every exchange after the first marked as a probe.
      const exchanges = JSON.parse(r.stdout).exchanges as Array<{ request: { method: string }; probe: { name: string } | null }>;
      expect(exchanges.map((e) => e.request.method)).toEqual(received);
      expect(exchanges[1]!.probe!.name).toBe('baseline');
      expect(r.stderr).toContain(`* probe baseline: GET /items/1 (the ${method} is not repeated; the representation probes compare against this GET)`);
    });
  }

  it('a GET costs at most 12 follow-up requests, sent concurrently', async () => {
    received.length = 0;
    peak = 0;
    const r = await runCli([url, '--probe', 'all'], { timeoutMs: 30_000 });
    expect(r.code).toBe(0);
    expect(received[0]).toBe('GET');
    expect(received.length - 1).toBeLessThanOrEqual(12);
    expect(received.every((m) => m === 'GET' || m === 'HEAD' || m === 'OPTIONS')).toBe(true);
    // The independent probe requests are in flight together, each on its own connection.
    expect(peak).toBeGreaterThan(2);
  });
});
