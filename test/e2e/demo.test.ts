// The README's main job: `httpinspect demo` plays every lab scenario over real sockets through the CLI.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { allScenarios } from '../../src/lab/scenarios/index';

describe('httpinspect demo', () => {
  it('inspects every scenario and every one behaves as expected', async () => {
    const r = await runCli(['demo'], { timeoutMs: 60_000 });
    expect(r.stderr).not.toContain('Error');
    expect(r.stdout).toContain(`all ${allScenarios.length} scenarios behaved as expected`);
    for (const s of allScenarios) expect(r.stdout).toContain(s.name.slice(0, 30));
    expect(r.code).toBe(0);
  }, 90_000);
});
