// The fuzz suite in `npm test`: 2,000 seeded cases in-process and a sample through the real CLI. Every case
// must end with a report (or exit 3): no exception, no hang, bounded memory, inert and secret-free output.
// FUZZ_SEED=<n> picks another seed; `npm run fuzz -- <count>` runs as many as asked.
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli';
import { caseOf } from './cases';
import { checkCli, describeFailure, fuzzInProcess, fuzzServer } from './harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
const CASES = 2000;
const CLI_CASES = 20;

describe(`fuzz (seed ${SEED})`, () => {
  it(`${CASES} generated and mutated responses, in-process`, async () => {
    const run = await fuzzInProcess(SEED, CASES);
    expect(run.failures, run.failures.join('\n')).toEqual([]);
  }, 120_000);

  it(`${CLI_CASES} of them through the real CLI (text, -v, --json)`, async () => {
    const server = await fuzzServer();
    const failures: string[] = [];
    try {
      // Spread over the whole range so the CLI sees each kind of case; https cases one at a time.
      const indexes = Array.from({ length: CLI_CASES }, (_, k) => Math.floor((k * CASES) / CLI_CASES) + 7);
      const modes = ['text', 'verbose', 'json'] as const;
      for (let k = 0; k < indexes.length; k += 4) {
        const batch = indexes.slice(k, k + 4).map((i) => caseOf(SEED, i));
        const https = batch.filter((c) => c.scheme === 'https');
        const results = await Promise.all(batch.filter((c) => c.scheme === 'http').map(async (c) => [c, await checkCli(server, c, BIN, modes[c.index % 3]!)] as const));
        for (const c of https) results.push([c, await checkCli(server, c, BIN, modes[c.index % 3]!)] as const);
        for (const [c, problem] of results) if (problem) failures.push(describeFailure(SEED, c, problem));
      }
    } finally {
      await server.close();
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);

  it('is reproducible: the same seed and index give the same bytes', () => {
    const a = caseOf(SEED, 123);
    const b = caseOf(SEED, 123);
    expect(Buffer.concat(a.pieces).equals(Buffer.concat(b.pieces))).toBe(true);
    expect(a.recipe).toEqual(b.recipe);
    expect(Buffer.concat(caseOf(SEED + 1, 123).pieces).equals(Buffer.concat(a.pieces)) && caseOf(SEED + 1, 123).recipe.join() === a.recipe.join()).toBe(false);
  });
});
