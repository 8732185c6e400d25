// A saved response without its URL or request (`--raw file`) has the reserved host unknown.invalid: the rules
// that judge cookies or anchors against the host say they could not judge, instead of inventing a mismatch.
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../src/engine/run';
import { ruleById, exchangeOf } from '../../helpers/exchange';
import { cookies, withHeaders } from './_response';

const UNKNOWN = 'http://unknown.invalid/';

function judge(id: string, input: ReturnType<typeof withHeaders>) {
  const { findings, notEvaluated } = evaluateRules([exchangeOf(input)], [ruleById(id)], { settings: new Map(), maxBody: 1 << 20 });
  return { findings: findings[0]!, notEvaluated: notEvaluated[0]!.map((n) => n.reason) };
}

describe('rules that need the host, on a response of unknown origin', () => {
  it('cookies/domain-mismatch is not evaluated (and quiet without a Domain)', () => {
    expect(judge('cookies/domain-mismatch', cookies(['sid=1; Domain=example.com'], { url: UNKNOWN }))).toEqual({
      findings: [],
      notEvaluated: [expect.stringContaining('host the response came from is unknown')],
    });
    expect(judge('cookies/domain-mismatch', cookies(['sid=1; Path=/'], { url: UNKNOWN }))).toEqual({ findings: [], notEvaluated: [] });
  });

  it('cookies/secure-over-http is not evaluated for a Secure cookie', () => {
    expect(judge('cookies/secure-over-http', cookies(['sid=1; Secure'], { url: UNKNOWN }))).toMatchObject({ findings: [], notEvaluated: [expect.any(String)] });
    // With the URL given, it is judged.
    expect(judge('cookies/secure-over-http', cookies(['sid=1; Secure'], { url: 'http://shop.example/' })).findings).toHaveLength(1);
  });

  it('headers/link-anchor is not evaluated when a link has an anchor', () => {
    expect(judge('headers/link-anchor', withHeaders(['Link: </l>; rel=license; anchor="/x"'], { url: UNKNOWN }))).toMatchObject({ findings: [], notEvaluated: [expect.stringContaining('URL of the response is unknown')] });
    expect(judge('headers/link-anchor', withHeaders(['Link: </l>; rel=license'], { url: UNKNOWN }))).toEqual({ findings: [], notEvaluated: [] });
  });
});
