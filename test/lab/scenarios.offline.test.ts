// Every lab scenario, played into the parser without a network: exactly its expected rules fire.
// (The end-to-end demo test plays them over real sockets too.)
import { describe, expect, it } from 'vitest';
import { allScenarios } from '../../src/lab/scenarios/index';
import type { LabRequest } from '../../src/lab/scenario';
import { exchangeOf, firedIds } from '../helpers/exchange';
import { exchangeFromH2Bytes } from '../../src/http2/fromBytes';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';

function labRequestOf(s: (typeof allScenarios)[number]): LabRequest {
  const target = `/scenario/${s.name}`;
  return {
    method: s.request?.method ?? 'GET',
    target,
    path: target,
    query: new URLSearchParams(),
    headers: s.request?.headers ?? [],
    body: Buffer.from(s.request?.body ?? ''),
  };
}

describe('lab scenarios (offline)', () => {
  it('have unique names', () => {
    const names = allScenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const scenario of allScenarios) {
    it(`${scenario.name}: fires exactly ${JSON.stringify(scenario.expect)}`, () => {
      if (scenario.frames) {
        // HTTP/2: the server's frames into the same session the live capture uses.
        const frames = scenario.frames({ method: scenario.request?.method ?? 'GET', path: `/scenario/${scenario.name}`, fields: [], frames: [] });
        const h2 = exchangeFromH2Bytes({ url: new URL(`http://127.0.0.1:8081/scenario/${scenario.name}`), spec: { method: scenario.request?.method ?? 'GET', headers: scenario.request?.headers ?? [] }, received: Buffer.concat(frames) });
        if (!scenario.compare) {
          expect(firedIds(h2)).toEqual([...scenario.expect].sort());
          return;
        }
        // --compare-protocols: the HTTP/1.1 answer first, then the HTTP/2 one that repeats it.
        const http1 = exchangeOf({ url: `http://127.0.0.1:8081/scenario/${scenario.name}`, response: Buffer.concat(scenario.respond(labRequestOf(scenario)).map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.isBuffer(x) ? x : Buffer.alloc(0)))) });
        h2.comparedTo = 0;
        const fired = runRules([http1, h2], allRules, { settings: new Map(), maxBody: 1 << 20 }).flat().map((f) => f.ruleId);
        expect([...new Set(fired)].sort()).toEqual([...scenario.expect].sort());
        return;
      }
      const steps = scenario.respond(labRequestOf(scenario));
      const bytes = Buffer.concat(
        steps.filter((s): s is string | Buffer => typeof s === 'string' || Buffer.isBuffer(s)).map((s) => (typeof s === 'string' ? Buffer.from(s, 'latin1') : s)),
      );
      const ex = exchangeOf({
        method: scenario.request?.method ?? 'GET',
        url: `http://127.0.0.1:8080/scenario/${scenario.name}`,
        requestHeaders: scenario.request?.headers,
        requestBody: scenario.request?.body,
        response: bytes,
      });
      // A scenario that holds the connection open plays a server ignoring `Connection: close`.
      if (steps.some((s) => typeof s === 'object' && !Buffer.isBuffer(s) && 'hold' in s)) {
        ex.anomalies.push({ id: 'connection-close-ignored', detail: 'held open' });
      }
      if (scenario.probe) {
        // Probe scenarios fire most of `expect` on follow-up requests (test/e2e/probes.e2e.test.ts and demo check
        // those): the first response alone fires only what it lists, and never a probe rule.
        const fired = firedIds(ex);
        expect(fired.filter((id) => id.startsWith('probe/'))).toEqual([]);
        expect(scenario.expect).toEqual(expect.arrayContaining(fired));
        return;
      }
      expect(firedIds(ex)).toEqual([...scenario.expect].sort());
    });
  }
});
