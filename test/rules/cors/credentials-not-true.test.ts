import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf } from '../../cors/helpers';

const ID = 'cors/credentials-not-true';
const ACAO = 'Access-Control-Allow-Origin: https://app.example';

describe(ID, () => {
  it('fires on "True", naming the header', () => {
    const ex = actualOf('GET', [ACAO, 'Access-Control-Allow-Credentials: True'], { credentials: true });
    const f = findingsOf(ID, ex);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('"True", not exactly "true"');
    expect(f[0]!.evidence).toBe(`Access-Control-Allow-Credentials: True at byte ${ex.received.indexOf('Access-Control-Allow-Credentials')}`);
  });

  it('fires on "false" and on two "true" headers', () => {
    expect(findingsOf(ID, actualOf('GET', [ACAO, 'Access-Control-Allow-Credentials: false']))[0]!.message).toContain('omit the header');
    const f = findingsOf(ID, actualOf('GET', [ACAO, 'Access-Control-Allow-Credentials: true', 'Access-Control-Allow-Credentials: true']));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('"true, true"');
  });

  it('stays quiet on exactly "true" and when the header is absent', () => {
    expect(findingsOf(ID, actualOf('GET', [ACAO, 'Access-Control-Allow-Credentials: true'], { credentials: true }))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', [ACAO]))).toEqual([]);
  });
});
