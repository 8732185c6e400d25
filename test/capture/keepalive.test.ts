// Several requests on one kept-alive connection (the reuse probe): stray bytes after a response stay at the
// start of the next response's stream, and a server that closes ends the series.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { captureOnConnection, type CaptureOptions } from '../../src/capture/http1';
import type { RequestSpec } from '../../src/http1/request';

const OPTIONS: CaptureOptions = { version: 'test', connectTimeout: 2000, tlsTimeout: 2000, firstByteTimeout: 3000, idleTimeout: 3000, maxTime: 5000, extrasTimeout: 300, maxHeaderBytes: 65536, maxBody: 1 << 20, insecure: false };

let server: Server | undefined;
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** Answers the n-th request on a connection with `answers[n]`; `close` ends the connection after it. */
async function serve(answers: Array<{ bytes: string; close?: boolean }>): Promise<{ url: URL; connections: () => number }> {
  let connections = 0;
  server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    let buffered = '';
    let n = 0;
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      let end;
      while ((end = buffered.indexOf('\r\n\r\n')) >= 0) {
        buffered = buffered.slice(end + 4);
        const answer = answers[n++];
        if (!answer) return void socket.destroy();
        if (answer.close) socket.end(answer.bytes);
        else socket.write(answer.bytes);
      }
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: new URL(`http://127.0.0.1:${(server!.address() as { port: number }).port}/x`), connections: () => connections };
}

const get = (url: URL): RequestSpec => ({ url, method: 'GET', headers: [['Connection', '']] });
const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

describe('captureOnConnection', () => {
  it('sends both requests on one connection', async () => {
    const { url, connections } = await serve([{ bytes: OK }, { bytes: OK }]);
    const [a, b] = await captureOnConnection([get(url), get(url)], OPTIONS);
    expect([a!.response!.status, b!.response!.status]).toEqual([200, 200]);
    expect(connections()).toBe(1);
    expect(a!.connection).toEqual({ position: 1, closedAfter: false });
    expect(b!.connection).toEqual({ position: 2, closedAfter: false });
    expect(b!.sent.toString('latin1')).not.toContain('Connection: close');
  });

  it('stray bytes after a 204 are extra on the first exchange and the start of the second', async () => {
    const { url } = await serve([{ bytes: 'HTTP/1.1 204 No Content\r\n\r\noops\n' }, { bytes: OK }]);
    const [a, b] = await captureOnConnection([get(url), get(url)], OPTIONS);
    expect(a!.extra).toEqual({ offset: 27, length: 5 });
    expect(b!.received.toString('latin1')).toBe(`oops\n${OK}`);
    expect(b!.response?.status === 200).toBe(false);
  });

  it('stops when the server closes after the first response', async () => {
    const { url } = await serve([{ bytes: OK, close: true }]);
    const exchanges = await captureOnConnection([get(url), get(url)], OPTIONS);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]!.connection).toEqual({ position: 1, closedAfter: true });
  });

  it('stops when the response says Connection: close', async () => {
    const { url } = await serve([{ bytes: 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok' }, { bytes: OK }]);
    const exchanges = await captureOnConnection([get(url), get(url)], OPTIONS);
    expect(exchanges.map((e) => e.connection)).toEqual([{ position: 1, closedAfter: true }]);
  });
});
