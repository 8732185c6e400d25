// A sanitized HAR export removes Cookie and Set-Cookie: an entry without them is "not evaluated" by the cookies
// rules, never reported as clean; an entry that kept its Set-Cookie is judged as usual.
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../src/engine/run';
import { allRules } from '../../../rules/index';
import { exchangeOf } from '../../helpers/exchange';
import { cookies, withHeaders } from './_response';

const COOKIE_RULES = allRules.filter((r) => r.meta.category === 'cookies');

function judge(input: ReturnType<typeof withHeaders>) {
  const exchange = { ...exchangeOf(input), source: 'har' as const, unavailable: ['wire' as const, 'credentials' as const] };
  const { findings, notEvaluated } = evaluateRules([exchange], COOKIE_RULES, { settings: new Map(), maxBody: 1 << 20 });
  return { findings: findings[0]!, notEvaluated: notEvaluated[0]! };
}

describe('cookies rules on HAR entries', () => {
  it('are not evaluated when the entry has no Set-Cookie and no credentials (a sanitized export)', () => {
    const { findings, notEvaluated } = judge(withHeaders(['Content-Type: text/plain']));
    expect(findings).toEqual([]);
    expect(notEvaluated.map((n) => n.ruleId).sort()).toEqual(COOKIE_RULES.map((r) => r.meta.id).sort());
    expect(notEvaluated[0]!.reason).toContain('sanitized export');
  });

  it('judge the Set-Cookie fields a HAR kept', () => {
    const { findings, notEvaluated } = judge(cookies(['sid=1; SameSite=None']));
    expect(notEvaluated).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toContain('cookies/samesite-none-without-secure');
  });
});
