// The pair rules on a raw response read without its saved request: the request is made up, so they must
// report "not evaluated" instead of judging an empty request.
import { expect } from 'vitest';
import { evaluateRules } from '../../../src/engine/run';
import { exchangesFromRaw } from '../../../src/input/raw';
import { allRules } from '../../../rules/index';

export function expectNotEvaluatedOnRaw(id: string, response: string): void {
  const { exchanges } = exchangesFromRaw(Buffer.from(response, 'latin1'));
  const judged = evaluateRules(exchanges, allRules.filter((r) => r.meta.id === id), { settings: new Map(), maxBody: 1024 });
  expect(judged.findings[0]).toEqual([]);
  expect(judged.notEvaluated[0]).toEqual([{ ruleId: id, reason: expect.stringContaining('--raw-request') }]);
}
