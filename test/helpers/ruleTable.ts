// Table-driven rule tests: `fires` cases (each must produce findings, checked field by field) and `quiet`
// near-misses (each must produce none). Every rule's test file has both; the meta-test (test/rules/meta.test.ts)
// enforces it.
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/exchange';
import type { Location, Severity } from '../../src/engine/rule';
import { exchangeOf, findingsOf, type ExchangeInput } from './exchange';

/** What an exchange (or the exchanges of one inspection, the last one judged unless `index` says) is built from. */
export type CaseInput = ExchangeInput | (() => Exchange | Exchange[]);

export interface FiresCase {
  name: string;
  input: CaseInput;
  /** Which exchange of a list is judged (default: the last). */
  index?: number;
  /** How many findings (default: at least one). */
  count?: number;
  severity?: Severity;
  /** The first finding's message: a substring, or a pattern. */
  message?: string | RegExp;
  /** The first finding's evidence: exact text, or a pattern. */
  evidence?: string | RegExp;
  location?: Partial<Location>;
}

export interface QuietCase {
  name: string;
  input: CaseInput;
  index?: number;
}

function build(input: CaseInput): Exchange | Exchange[] {
  return typeof input === 'function' ? input() : exchangeOf(input);
}

export function ruleTable(id: string, cases: { fires: FiresCase[]; quiet: QuietCase[] }): void {
  if (cases.fires.length === 0 || cases.quiet.length === 0) throw new Error(`${id}: a rule test needs fires and quiet cases`);
  describe(id, () => {
    it.each(cases.fires.map((c) => [c.name, c] as const))('fires: %s', (_name, c) => {
      const findings = findingsOf(id, build(c.input), c.index);
      if (c.count === undefined) expect(findings.length).toBeGreaterThan(0);
      else expect(findings).toHaveLength(c.count);
      const first = findings[0]!;
      if (c.severity) expect(first.severity).toBe(c.severity);
      if (typeof c.message === 'string') expect(first.message).toContain(c.message);
      else if (c.message) expect(first.message).toMatch(c.message);
      if (typeof c.evidence === 'string') expect(first.evidence).toBe(c.evidence);
      else if (c.evidence) expect(first.evidence).toMatch(c.evidence);
      if (c.location) expect(first.location).toMatchObject(c.location);
    });
    it.each(cases.quiet.map((c) => [c.name, c] as const))('quiet: %s', (_name, c) => {
      expect(findingsOf(id, build(c.input), c.index)).toEqual([]);
    });
  });
}
