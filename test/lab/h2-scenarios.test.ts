// Every HTTP/2 lab scenario, played by the lab over h2c and inspected by the capture: each fires exactly
// what it expects (the well-behaved ones nothing), and every http2 rule has a scenario.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectScenarios, type ScenarioResult } from '../../src/cli/demoCommand';
import { allScenarios } from '../../src/lab/scenarios/index';

const h2Scenarios = allScenarios.filter((s) => s.protocol === 'h2c');
import { startLab, type Lab } from '../../src/lab/server';
import { allRules } from '../../rules/index';

let lab: Lab;
let results: ScenarioResult[];
beforeAll(async () => {
  lab = await startLab({ port: 0, host: '127.0.0.1' });
  results = await inspectScenarios(lab.h2cUrl, h2Scenarios, 4, 'h2c');
}, 60_000);
afterAll(() => lab.close());

describe('HTTP/2 lab scenarios (h2c)', () => {
  it.each(h2Scenarios.map((s) => [s.name, s.expect] as const))('%s fires exactly %j', (name) => {
    const r = results.find((x) => x.scenario.name === name)!;
    expect(r.fired).toEqual([...r.scenario.expect].sort());
    const e = r.inspection.exchanges[r.inspection.exchanges.length - 1]!;
    expect(e.protocol).toBe('h2c');
  });

  it('has a scenario for every http2 rule that a server can trigger over h2c', () => {
    const covered = new Set(h2Scenarios.flatMap((s) => s.expect));
    const missing = allRules.map((r) => r.meta.id).filter((id) => id.startsWith('http2/') && id !== 'http2/not-negotiated' && !covered.has(id));
    expect(missing).toEqual([]);
  });

  it('serves HTTP/1.1 on the h2c port to a client without the preface', async () => {
    const res = await fetch(`${lab.h2cUrl}/status/204`);
    expect(res.status).toBe(204);
  });
});
