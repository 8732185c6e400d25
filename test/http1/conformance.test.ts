// The HTTP/1.1 parser contract, checked on generated input (a few hundred cases here; `npm run fuzz` runs
// thousands): valid responses parse exactly as generated with no framing warning or error, live (in one push
// and in pieces of 1, 7 and 1,460 bytes) and offline; every mutation class is reported, naming the offending
// bytes. CONFORMANCE_SEED / CONFORMANCE_VALID / CONFORMANCE_PER_CLASS pick other runs.
import { describe, expect, it } from 'vitest';
import { MUTATIONS } from './conformance/mutate';
import { runConformance } from './conformance/run';

const SEED = Number(process.env.CONFORMANCE_SEED ?? 16);
const VALID = Number(process.env.CONFORMANCE_VALID ?? 300);
const PER_CLASS = Number(process.env.CONFORMANCE_PER_CLASS ?? 3);

describe(`HTTP/1.1 conformance (seed ${SEED})`, () => {
  it(`${VALID} valid responses and ${MUTATIONS.length} mutation classes × ${PER_CLASS}`, () => {
    const run = runConformance(SEED, VALID, PER_CLASS);
    expect(run.failures.slice(0, 10).join('\n')).toBe('');
    expect(run.mutants).toBe(MUTATIONS.length * PER_CLASS);
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(70);
  }, 60_000);
});
