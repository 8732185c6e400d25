// The HTTP/1.1 parser contract, checked on generated input (a few hundred cases here; `npm run fuzz` runs
// thousands): valid responses parse exactly as generated with no framing warning or error, live (in one push
// and in small pieces) and offline; every mutation class is reported, naming the offending bytes.
import { describe, expect, it } from 'vitest';
import { generate } from './conformance/generate';
import { judgeInvalid, judgeValid } from './conformance/judge';
import { MUTATIONS, mutant } from './conformance/mutate';

const SEED = Number(process.env.CONFORMANCE_SEED ?? 16);
const VALID = Number(process.env.CONFORMANCE_VALID ?? 300);
const PER_CLASS = Number(process.env.CONFORMANCE_PER_CLASS ?? 3);

describe(`HTTP/1.1 conformance (seed ${SEED})`, () => {
  it(`${VALID} generated valid responses parse exactly, live and offline, with no framing warning`, () => {
    const failures: string[] = [];
    for (let i = 0; i < VALID; i++) {
      const g = generate(SEED, i);
      const problems = judgeValid(g);
      if (problems.length > 0) failures.push(`valid #${i} [${g.shape.join('; ')}]: ${problems.slice(0, 3).join('; ')}`);
    }
    expect(failures.slice(0, 10).join('\n')).toBe('');
  }, 60_000);

  it(`${MUTATIONS.length} mutation classes × ${PER_CLASS}: each reported with its offending bytes`, () => {
    const failures: string[] = [];
    let applied = 0;
    for (let c = 0; c < MUTATIONS.length; c++) {
      let forClass = 0;
      for (let k = 0; forClass < PER_CLASS && k < PER_CLASS * 20; k++) {
        const m = mutant(SEED, c, k);
        if (!m) continue;
        forClass++;
        const problems = judgeInvalid(m);
        if (problems.length > 0) failures.push(`${m.name} (k=${k}): ${problems.slice(0, 3).join('; ')}`);
      }
      if (forClass < PER_CLASS) failures.push(`${MUTATIONS[c]!.name}: only ${forClass} applicable mutants`);
      applied += forClass;
    }
    expect(failures.join('\n')).toBe('');
    expect(applied).toBe(MUTATIONS.length * PER_CLASS);
  }, 60_000);
});
