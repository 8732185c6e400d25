// --clients against the lab's framing scenarios: what undici, Node's fetch and curl do with each replayed
// response must be exactly what they do when they talk to the lab themselves, and the headline cases are
// pinned to what these clients were observed to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureExchange, type CaptureOptions } from '../../src/capture/http1';
import { availableRunners, defaultRunners, reactionsOf, type ClientReaction } from '../../src/clients/index';
import type { ClientRunner } from '../../src/clients/reaction';
import type { Exchange } from '../../src/exchange';
import { startLab, type Lab } from '../../src/lab/server';
import { framingScenarios } from '../../src/lab/scenarios/framing';
import type { Scenario } from '../../src/lab/scenario';

const CAPTURE: CaptureOptions = {
  version: 'test',
  connectTimeout: 2000,
  tlsTimeout: 2000,
  firstByteTimeout: 5000,
  idleTimeout: 5000,
  maxTime: 5000,
  extrasTimeout: 300,
  maxHeaderBytes: 64 * 1024,
  maxBody: 1024 * 1024,
  insecure: false,
};

let lab: Lab;
let runners: Array<{ runner: ClientRunner; version: string }>;
const replayed = new Map<string, { exchange: Exchange; reactions: ClientReaction[] }>();

function urlOf(scenario: Scenario): string {
  return `${lab.url}/scenario/${scenario.name}`;
}

beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
  runners = await availableRunners(defaultRunners());
  for (const scenario of framingScenarios) {
    const exchange = await captureExchange(
      {
        url: new URL(urlOf(scenario)),
        method: scenario.request?.method ?? 'GET',
        headers: scenario.request?.headers ?? [],
        body: scenario.request?.body === undefined ? undefined : Buffer.from(scenario.request.body),
      },
      CAPTURE,
    );
    replayed.set(scenario.name, { exchange, reactions: (await reactionsOf(exchange, {}, runners))! });
  }
}, 120_000);
afterAll(async () => {
  await lab.close();
});

function reaction(scenario: string, client: string): ClientReaction {
  const found = replayed.get(scenario)?.reactions.find((r) => r.name === client);
  if (!found) throw new Error(`no ${client} reaction for ${scenario}`);
  return found;
}

describe('the clients of this machine', () => {
  it('are undici (the package), Node fetch (Node\'s bundled undici) and curl, with their versions', () => {
    expect(runners.map((r) => r.runner.name)).toEqual(['undici', 'Node fetch', 'curl']);
    expect(runners[0]!.version).toMatch(/^7\.\d+\.\d+$/);
    expect(runners[1]!.version).toBe(process.versions.undici);
    expect(runners[2]!.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('every framing scenario: the replay gets the same reaction as the real exchange', () => {
  for (const scenario of framingScenarios) {
    it(scenario.name, async () => {
      const { reactions } = replayed.get(scenario.name)!;
      expect(reactions.map((r) => r.name)).toEqual(['undici', 'Node fetch', 'curl']);
      // Each client talks to a lab of its own (same method and body) — the ground truth for the replay. A
      // fresh lab each time: Node's fetch pools connections per origin, and a socket still carrying the stray
      // bytes of the previous scenario would otherwise answer this one.
      const direct = await Promise.all(
        runners.map(async ({ runner }) => {
          const own = await startLab({ port: 0, host: '127.0.0.1' });
          try {
            const result = await runner.run({
              url: `${own.url}/scenario/${scenario.name}`,
              method: scenario.request?.method ?? 'GET',
              body: scenario.request?.body === undefined ? undefined : Buffer.from(scenario.request.body),
              timeoutMs: 5000,
            });
            return { name: runner.name, ...result };
          } finally {
            await own.close();
          }
        }),
      );
      expect(reactions.map(({ name, outcome, status, code, detail }) => ({ name, outcome, status, code, detail }))).toEqual(direct);
    });
  }
});

describe('what the clients do with the headline scenarios', () => {
  it('204 with Content-Length: 5: undici throws a length mismatch; Node fetch and curl accept it', () => {
    expect(reaction('content-length-on-204', 'undici')).toMatchObject({ outcome: 'error', code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' });
    expect(reaction('content-length-on-204', 'Node fetch')).toMatchObject({ outcome: 'ok', status: 204 });
    expect(reaction('content-length-on-204', 'curl')).toMatchObject({ outcome: 'ok', status: 204, detail: '204, 0 body bytes' });
  });

  it('a 204 followed by body bytes: every client returns the 204 and drops the bytes', () => {
    for (const client of ['undici', 'Node fetch', 'curl']) {
      expect(reaction('body-on-204', client)).toMatchObject({ outcome: 'ok', status: 204, detail: '204, 0 body bytes' });
    }
  });

  it('conflicting Content-Length: all three fail, each in its own way', () => {
    expect(reaction('conflicting-content-length', 'undici')).toMatchObject({ outcome: 'error', code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' });
    expect(reaction('conflicting-content-length', 'Node fetch')).toMatchObject({ outcome: 'error', code: 'HPE_UNEXPECTED_CONTENT_LENGTH' });
    expect(reaction('conflicting-content-length', 'Node fetch').detail).toContain('Duplicate Content-Length');
    expect(reaction('conflicting-content-length', 'curl')).toMatchObject({ outcome: 'error', code: 'exit 18' });
  });

  it('obs-fold: undici 7 rejects the folded header; Node 20 fetch and curl accept it', () => {
    const undici = reaction('obs-fold', 'undici');
    expect(undici).toMatchObject({ outcome: 'error', code: 'HTTPParserError' });
    expect(undici.detail).toContain('Unexpected whitespace after header value');
    expect(reaction('obs-fold', 'Node fetch')).toMatchObject({ outcome: 'ok', status: 200, detail: '200, 6 body bytes' });
    expect(reaction('obs-fold', 'curl')).toMatchObject({ outcome: 'ok', status: 200 });
  });

  it('a header line without a colon: curl exits 8, both undici parsers reject the header token', () => {
    expect(reaction('invalid-header-line', 'curl')).toMatchObject({ outcome: 'error', code: 'exit 8', detail: 'exit 8: Header without colon' });
    expect(reaction('invalid-header-line', 'Node fetch')).toMatchObject({ outcome: 'error', code: 'HPE_INVALID_HEADER_TOKEN' });
    expect(reaction('invalid-header-line', 'undici').detail).toContain('Invalid header token');
  });

  it('a body cut short of its Content-Length: every client fails once the server closes', () => {
    expect(reaction('content-length-mismatch', 'undici')).toMatchObject({ outcome: 'error', code: 'UND_ERR_SOCKET', status: 200 });
    expect(reaction('content-length-mismatch', 'Node fetch')).toMatchObject({ outcome: 'error', code: 'UND_ERR_SOCKET', status: 200 });
    expect(reaction('content-length-mismatch', 'curl')).toMatchObject({ outcome: 'error', code: 'exit 18', detail: 'exit 18: transfer closed with 90 bytes remaining to read' });
  });

  it('a 100 Continue nobody asked for: both undici versions call it a bad response; curl reads on', () => {
    expect(reaction('unexpected-1xx', 'undici')).toMatchObject({ outcome: 'error', code: 'UND_ERR_SOCKET', detail: 'throws UND_ERR_SOCKET: bad response' });
    expect(reaction('unexpected-1xx', 'Node fetch')).toMatchObject({ outcome: 'error', code: 'UND_ERR_SOCKET' });
    expect(reaction('unexpected-1xx', 'curl')).toMatchObject({ outcome: 'ok', status: 200 });
  });

  it('the server ignoring Connection: close is replayed by holding the connection, and the clients still finish', () => {
    const { exchange, reactions } = replayed.get('connection-close-ignored')!;
    expect(exchange.anomalies.map((a) => a.id)).toContain('connection-close-ignored');
    for (const r of reactions) expect(r).toMatchObject({ outcome: 'ok', status: 200, detail: '200, 6 body bytes' });
  });

  it('correct responses: every client is fine', () => {
    for (const name of ['chunked-ok', 'no-content-ok', 'head-with-content-length-ok', 'chunked-trailers-ok']) {
      for (const r of replayed.get(name)!.reactions) expect(r, `${r.name} on ${name}`).toMatchObject({ outcome: 'ok', code: null });
    }
  });
});
