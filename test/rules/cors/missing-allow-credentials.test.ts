import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/exchange';
import { actualOf, preflightOf } from '../../cors/helpers';

const ID = 'cors/missing-allow-credentials';
const ACAO = 'Access-Control-Allow-Origin: https://app.example';

describe(ID, () => {
  it('fires on a credentialed request answered with the exact origin but no Access-Control-Allow-Credentials', () => {
    const f = findingsOf(ID, actualOf('GET', [ACAO, 'Vary: Origin'], { requestHeaders: [['Cookie', 'sid=1']] }));
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.evidence).toBe('no Access-Control-Allow-Credentials in the response (HTTP/1.1 200 OK at byte 0)');
  });

  it('fires on the preflight of a credentialed request', () => {
    const pre = preflightOf('PUT', [ACAO, 'Access-Control-Allow-Methods: PUT']);
    const act = actualOf('PUT', [ACAO, 'Access-Control-Allow-Credentials: true'], { credentials: true });
    const f = findingsOf(ID, [pre, act], 0);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('The preflight response');
  });

  it('stays quiet without credentials, with "true", and when the origin does not match (other rules)', () => {
    expect(findingsOf(ID, actualOf('GET', [ACAO, 'Vary: Origin']))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', [ACAO, 'Access-Control-Allow-Credentials: true'], { credentials: true }))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: *'], { credentials: true }))).toEqual([]);
    expect(findingsOf(ID, actualOf('GET', ['Access-Control-Allow-Origin: https://b.example'], { credentials: true }))).toEqual([]);
  });
});
