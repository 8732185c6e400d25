// Differential test: on well-formed responses generated at random, our capture agrees field for field with
// Node's own HTTP/2 client (nghttp2) talking to the same node:http2 server: status, every header, the body.
import { connect, createServer, type Http2Server } from 'node:http2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureExchange } from '../../src/capture/http1';
import { contentOf } from '../../src/exchange';
import { captureOptions, get } from '../hostile/helpers';

interface Generated {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** A small deterministic PRNG, so a failure names a reproducible seed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STATUSES = [200, 201, 202, 203, 206, 301, 302, 400, 404, 410, 418, 429, 500, 503];
const VALUE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,;=/"()[]{}:@!?*+~';

function generate(seed: number): Generated {
  const r = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const headers: Array<[string, string]> = [];
  const count = Math.floor(r() * 12);
  for (let i = 0; i < count; i++) {
    const len = 1 + Math.floor(r() * (r() < 0.1 ? 3000 : 40));
    let value = '';
    for (let k = 0; k < len; k++) value += pick([...VALUE_CHARS]);
    headers.push([`x-gen-${i}-${Math.floor(r() * 1000)}`, value.trim() || 'v']);
  }
  const size = r() < 0.2 ? 0 : Math.floor(r() * (r() < 0.2 ? 200_000 : 2000));
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i++) body[i] = Math.floor(r() * 256);
  return { status: pick(STATUSES), headers, body };
}

const cases = new Map<string, Generated>();
let server: Http2Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const g = cases.get(req.url ?? '')!;
    // A Date per response would differ between the two clients' requests whenever a second ticks over.
    res.sendDate = false;
    res.writeHead(g.status, Object.fromEntries([...g.headers, ['content-length', String(g.body.length)]]));
    res.end(g.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function nodeClient(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const session = connect(url);
    session.on('error', reject);
    const stream = session.request({ ':path': path });
    const chunks: Buffer[] = [];
    let headers: Record<string, string | string[] | undefined> = {};
    stream.on('response', (h) => (headers = h as typeof headers));
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      session.close();
      resolve({ status: Number(headers[':status']), headers, body: Buffer.concat(chunks) });
    });
    stream.on('error', reject);
    stream.end();
  });
}

describe('differential: our HTTP/2 parse vs node:http2', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => 1000 + i * 7919);
  it.each(seeds)('seed %i', async (seed) => {
    const path = `/gen/${seed}`;
    cases.set(path, generate(seed));
    const [ours, theirs] = await Promise.all([captureExchange(get(url + path), captureOptions({ protocol: 'h2c' })), nodeClient(path)]);
    expect(ours.error).toBeUndefined();
    expect(ours.response!.status).toBe(theirs.status);
    const oursHeaders = Object.fromEntries(ours.response!.headers.map((h) => [h.name, h.value]));
    const theirsHeaders = Object.fromEntries(Object.entries(theirs.headers).filter(([n]) => !n.startsWith(':')).map(([n, v]) => [n, Array.isArray(v) ? v.join(', ') : v]));
    expect(oursHeaders).toEqual(theirsHeaders);
    expect(contentOf(ours).equals(theirs.body)).toBe(true);
    // Well-formed: no http2 problem recorded.
    expect(ours.h2!.problems).toEqual([]);
  });
});
