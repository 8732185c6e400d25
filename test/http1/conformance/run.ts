// The conformance and differential runs as plain functions, shared by `npm test` (a few hundred cases) and
// `npm run fuzz` (thousands). Each returns its failures as lines naming the seed and case.
import { KNOWN_DEVIATIONS, disagreements } from './differential';
import { bytesOf, generate } from './generate';
import { framed, judgeInvalid, judgeValid, readingOf } from './judge';
import { MUTATIONS, mutant } from './mutate';

export interface ConformanceRun {
  valid: number;
  mutants: number;
  failures: string[];
}

export function runConformance(seed: number, valid: number, perClass: number): ConformanceRun {
  const failures: string[] = [];
  for (let i = 0; i < valid; i++) {
    const g = generate(seed, i);
    const problems = judgeValid(g);
    if (problems.length > 0) failures.push(`valid seed=${seed} #${i} [${g.shape.join('; ')}]: ${problems.slice(0, 3).join('; ')}`);
  }
  let mutants = 0;
  for (let c = 0; c < MUTATIONS.length; c++) {
    let forClass = 0;
    for (let k = 0; forClass < perClass && k < perClass * 20; k++) {
      const m = mutant(seed, c, k);
      if (!m) continue;
      forClass++;
      const problems = judgeInvalid(m);
      if (problems.length > 0) failures.push(`mutant seed=${seed} "${m.name}" k=${k}: ${problems.slice(0, 3).join('; ')}`);
    }
    if (forClass < perClass) failures.push(`mutant seed=${seed} "${MUTATIONS[c]!.name}": only ${forClass} of ${perClass} generated responses suit it`);
    mutants += forClass;
  }
  return { valid, mutants, failures };
}

export interface DifferentialRun {
  cases: number;
  agreed: number;
  /** How often each known deviation's shape was generated. */
  seen: Map<string, number>;
  failures: string[];
}

export function runDifferential(seed: number, cases: number): DifferentialRun {
  const failures: string[] = [];
  const seen = new Map<string, number>();
  let agreed = 0;
  for (let i = 0; i < cases; i++) {
    const g = generate(seed, i);
    const { found } = disagreements(g);
    const deviations = KNOWN_DEVIATIONS.filter((d) => d.applies(g));
    for (const d of deviations) seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
    if (found.length === 0) {
      agreed++;
      // A listed deviation must be real: llhttp disagrees whenever its shape is present.
      if (deviations.length > 0) failures.push(`differential seed=${seed} #${i}: llhttp agrees although ${deviations.map((d) => d.id).join(', ')} applies`);
    } else if (deviations.length === 0) {
      failures.push(`differential seed=${seed} #${i} [${g.shape.join('; ')}]: ${found.map((d) => `${d.what} ${d.detail}`).join('; ')}`);
    }
    // httpinspect reads the same bytes exactly as generated, deviation or not.
    const bytes = bytesOf(g.segments);
    const ours = readingOf(framed(bytes, g.method), bytes);
    if (ours.content !== g.expected.content || ours.end !== bytes.length) failures.push(`differential seed=${seed} #${i}: httpinspect misread it`);
  }
  return { cases, agreed, seen, failures };
}
